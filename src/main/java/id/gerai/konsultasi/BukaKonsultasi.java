package id.gerai.konsultasi;

import id.gerai.shared.MasukanTidakSah;

/**
 * Bring a problem of a business: category, description and urgency (medium when not given). A
 * cooperative subject will come with the cooperative module.
 */
public record BukaKonsultasi(
    Long usahaId, KategoriMasalah kategori, String uraian, Urgensi urgensi) {

  static final int URAIAN_MAKS = 4000;

  public BukaKonsultasi {
    urgensi = urgensi == null ? Urgensi.SEDANG : urgensi;
  }

  void periksa() {
    if (usahaId == null) {
      throw new MasukanTidakSah("konsultasi.usaha.wajib");
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
