package id.gerai.konsultasi;

import id.gerai.shared.MasukanTidakSah;

/**
 * Bring a problem of a business ({@code usahaId}) or a cooperative ({@code koperasiId}), exactly
 * one of them: category, description and urgency (medium when not given).
 */
public record BukaKonsultasi(
    Long usahaId, KategoriMasalah kategori, String uraian, Urgensi urgensi, Long koperasiId) {

  static final int URAIAN_MAKS = 4000;

  public BukaKonsultasi {
    urgensi = urgensi == null ? Urgensi.SEDANG : urgensi;
  }

  /** A business's problem. */
  public BukaKonsultasi(Long usahaId, KategoriMasalah kategori, String uraian, Urgensi urgensi) {
    this(usahaId, kategori, uraian, urgensi, null);
  }

  void periksa() {
    if (usahaId == null && koperasiId == null) {
      throw new MasukanTidakSah("konsultasi.usaha.wajib");
    }
    if (usahaId != null && koperasiId != null) {
      throw new MasukanTidakSah("konsultasi.subjek.satu");
    }
    if (kategori == null) {
      throw new MasukanTidakSah("konsultasi.kategori.wajib");
    }
    if (uraian == null || uraian.strip().length() < 10) {
      throw new MasukanTidakSah("konsultasi.uraian.pendek");
    }
    if (uraian.strip().length() > URAIAN_MAKS) {
      throw new MasukanTidakSah("konsultasi.uraian.panjang", URAIAN_MAKS);
    }
  }
}
