package id.gerai.koperasi;

import java.math.BigDecimal;

/** One year of a cooperative's history: the total and predicate, or why there is none. */
public record PenilaianKesehatanRingkas(
    int tahun,
    PenilaianKesehatan.Keadaan keadaan,
    boolean lengkap,
    BigDecimal total,
    PredikatKesehatan predikat,
    boolean terverifikasi,
    String regulasi) {}
