package id.gerai.umkm;

/** A business on the ladder: its name, the flags it set, and its rungs with the next step. */
public record TanggaUsaha(
    long usahaId, String namaUsaha, TanggaPenanda penanda, TanggaHasil hasil) {}
