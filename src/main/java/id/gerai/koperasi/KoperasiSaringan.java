package id.gerai.koperasi;

/**
 * The register's list filters: text (name or number, partial, any case), kecamatan, kelurahan,
 * gerai, jenis, kelompok, bentuk, status, verification, RAT compliance for the fiscal year whose
 * RAT season is this year, a program tag, the health predicate (answered by the health assessment
 * when it is there), sort ({@code nama} or {@code terbaru}) and the page (from 0).
 */
public record KoperasiSaringan(
    String q,
    String kecamatan,
    String kelurahan,
    Long gerai,
    JenisKoperasi jenis,
    KelompokKoperasi kelompok,
    BentukKoperasi bentuk,
    StatusKoperasi status,
    StatusVerifikasi verifikasi,
    StatusRat rat,
    String program,
    String predikat,
    String urut,
    Integer halaman,
    Integer ukuran) {

  public static KoperasiSaringan semua() {
    return new KoperasiSaringan(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
