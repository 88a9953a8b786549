package id.gerai.umkm;

/**
 * One business in an export, NIK and phone already masked unless the caller may see them; {@code
 * kelas} and {@code tahunKelas} are the latest year's class by sales, null when no year is
 * recorded.
 */
record EksporBaris(
    String nama,
    String pemilik,
    String nik,
    String telepon,
    String nib,
    String kbliKode,
    String kodeWilayah,
    String namaWilayah,
    Long geraiId,
    String status,
    String verifikasi,
    String kelas,
    Integer tahunKelas) {

  EksporBaris denganNamaWilayah(String nama) {
    return new EksporBaris(
        this.nama,
        pemilik,
        nik,
        telepon,
        nib,
        kbliKode,
        kodeWilayah,
        nama,
        geraiId,
        status,
        verifikasi,
        kelas,
        tahunKelas);
  }

  /** The cells as text, in column order; empty for missing values. */
  String[] sel() {
    return new String[] {
      teks(nama),
      teks(pemilik),
      teks(nik),
      teks(telepon),
      teks(nib),
      teks(kbliKode),
      teks(kodeWilayah),
      teks(namaWilayah),
      geraiId == null ? "" : geraiId.toString(),
      teks(status),
      teks(verifikasi),
      teks(kelas),
      tahunKelas == null ? "" : tahunKelas.toString()
    };
  }

  private static String teks(String s) {
    return s == null ? "" : s;
  }
}
