package id.gerai.gerai;

import id.gerai.shared.Cakupan;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import org.springframework.stereotype.Component;

/**
 * Where a gerai may sit: an existing area of the level its kind serves (a kecamatan for a gerai
 * kecamatan, a kelurahan otherwise), inside the home area and inside the editor's scope.
 */
@Component
class PemeriksaWilayah {

  private static final String BIDANG = "kodeWilayah";

  private final WilayahService wilayah;

  PemeriksaWilayah(WilayahService wilayah) {
    this.wilayah = wilayah;
  }

  /** The checked code, trimmed; a {@link GeraiDitolak} on the code field otherwise. */
  String periksa(GeraiJenis jenis, String kode, Cakupan editor) {
    String k = kode == null ? "" : kode.strip();
    if (k.isEmpty()) {
      throw new GeraiDitolak(BIDANG, "gerai.ditolak.wilayah-wajib");
    }
    if (!KodeWilayah.sah(k)) {
      throw new GeraiDitolak(BIDANG, "wilayah.kode.tidak-sah", k);
    }
    Wilayah w =
        wilayah.cari(k).orElseThrow(() -> new GeraiDitolak(BIDANG, "wilayah.tidak-ditemukan", k));
    if (jenis != null && w.tingkat() != jenis.tingkatWilayah()) {
      throw new GeraiDitolak(BIDANG, "gerai.ditolak.tingkat." + jenis.tingkatWilayah(), k);
    }
    if (!Cakupan.wilayah(wilayah.kodeRumah()).mencakupWilayah(k) || !editor.mencakupWilayah(k)) {
      throw new GeraiDitolak(BIDANG, "gerai.ditolak.di-luar-cakupan", k);
    }
    return k;
  }
}
