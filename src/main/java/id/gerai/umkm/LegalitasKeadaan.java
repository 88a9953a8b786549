package id.gerai.umkm;

import java.time.LocalDate;

/** Where a permit stands today: no expiry, valid, expiring soon, or expired. */
public enum LegalitasKeadaan {
  TANPA_BATAS,
  BERLAKU,
  SEGERA_BERAKHIR,
  KEDALUWARSA;

  static LegalitasKeadaan pada(LocalDate berlakuSampai, LocalDate hariIni, int hariPeringatan) {
    if (berlakuSampai == null) {
      return TANPA_BATAS;
    }
    if (berlakuSampai.isBefore(hariIni)) {
      return KEDALUWARSA;
    }
    return berlakuSampai.isAfter(hariIni.plusDays(hariPeringatan)) ? BERLAKU : SEGERA_BERAKHIR;
  }
}
