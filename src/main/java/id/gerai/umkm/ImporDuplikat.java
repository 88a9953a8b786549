package id.gerai.umkm;

/**
 * A valid row that looks like a business already in the register (same NIB; same owner NIK or phone
 * and a similar name): a warning with the record it matched, never a refusal.
 */
public record ImporDuplikat(
    int baris,
    long usahaId,
    String nama,
    String pemilik,
    String kodeWilayah,
    DuplikatAlasan alasan) {}
