package id.gerai.koperasi;

import id.gerai.koperasi.kesehatan.HasilPenilaian;

/**
 * A cooperative's worksheet for one fiscal year: the statements, the rubric version used and the
 * computed result. Without statements, or without a rubric for the cooperative's group and year,
 * there is no result and {@code keadaan} says why.
 */
public record PenilaianKesehatan(
    KesehatanKoperasi koperasi,
    int tahun,
    LaporanKeuangan laporan,
    RubrikTersimpan rubrik,
    HasilPenilaian hasil,
    Keadaan keadaan) {

  public enum Keadaan {
    DINILAI,
    TANPA_LAPORAN,
    TANPA_RUBRIK
  }

  public boolean dinilai() {
    return keadaan == Keadaan.DINILAI;
  }
}
