package id.gerai.gerai;

import java.time.LocalDate;

/** What staff enter to open or edit a gerai. Position is optional but comes as a pair. */
public record DataGerai(
    GeraiJenis jenis,
    String nama,
    String kodeWilayah,
    String alamat,
    Double lintang,
    Double bujur,
    LocalDate tanggalBuka) {

  /** The same data, trimmed, once it passes the rules; a {@link GeraiDitolak} otherwise. */
  DataGerai periksa(LocalDate hariIni) {
    if (jenis == null) {
      throw new GeraiDitolak("jenis", "gerai.ditolak.jenis-wajib");
    }
    if (nama == null || nama.isBlank()) {
      throw new GeraiDitolak("nama", "gerai.ditolak.nama-wajib");
    }
    if (tanggalBuka != null && tanggalBuka.isAfter(hariIni)) {
      throw new GeraiDitolak("tanggalBuka", "gerai.ditolak.tanggal-depan");
    }
    periksaPosisi();
    String alamatRapi = alamat == null || alamat.isBlank() ? null : alamat.strip();
    return new DataGerai(jenis, nama.strip(), kodeWilayah, alamatRapi, lintang, bujur, tanggalBuka);
  }

  private void periksaPosisi() {
    if (lintang == null && bujur == null) {
      return;
    }
    if (lintang == null || bujur == null) {
      throw new GeraiDitolak(
          lintang == null ? "lintang" : "bujur", "gerai.ditolak.posisi-berpasangan");
    }
    if (lintang.isNaN() || lintang < -90 || lintang > 90) {
      throw new GeraiDitolak("lintang", "gerai.ditolak.lintang");
    }
    if (bujur.isNaN() || bujur < -180 || bujur > 180) {
      throw new GeraiDitolak("bujur", "gerai.ditolak.bujur");
    }
  }
}
