package id.gerai.koperasi;

/** Who records statements: their sign-in name, and whether they are Dinkop staff (who verify). */
public record LaporanKeuanganPencatat(String nama, boolean staf) {}
