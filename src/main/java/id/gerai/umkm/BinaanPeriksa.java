package id.gerai.umkm;

import id.gerai.shared.MasukanTidakSah;

/**
 * The rules of an enrolment: a mentor and a start date are required, the end is not before the
 * start, and texts fit their columns. A broken rule is a {@link MasukanTidakSah} whose key names
 * the field ({@code umkm.binaan.<field>.<reason>}).
 */
final class BinaanPeriksa {

  static final int PANJANG_PENDAMPING = 120;
  static final int PANJANG_TARGET = 500;

  private BinaanPeriksa() {}

  static void periksa(BinaanBaru b) {
    if (b.pendamping() == null || b.pendamping().isBlank()) {
      throw new MasukanTidakSah("umkm.binaan.pendamping.wajib");
    }
    if (b.pendamping().strip().length() > PANJANG_PENDAMPING) {
      throw new MasukanTidakSah("umkm.binaan.pendamping.panjang", PANJANG_PENDAMPING);
    }
    if (b.sejak() == null) {
      throw new MasukanTidakSah("umkm.binaan.sejak.wajib");
    }
    if (b.sampai() != null && b.sampai().isBefore(b.sejak())) {
      throw new MasukanTidakSah("umkm.binaan.sampai.sebelum-sejak");
    }
    String target = rapi(b.target());
    if (target != null && target.length() > PANJANG_TARGET) {
      throw new MasukanTidakSah("umkm.binaan.target.panjang", PANJANG_TARGET);
    }
  }

  static String rapi(String teks) {
    return teks == null || teks.isBlank() ? null : teks.strip();
  }
}
