package id.gerai.umkm;

/**
 * Two businesses in the caller's scope sharing a NIB, an owner NIK or an owner phone; {@code
 * namaMirip} says whether their names are similar too (always a likely duplicate for a NIB).
 */
public record DuplikatPasangan(
    long idA, String namaA, long idB, String namaB, DuplikatAlasan alasan, boolean namaMirip) {}
