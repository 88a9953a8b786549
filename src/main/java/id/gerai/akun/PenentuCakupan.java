package id.gerai.akun;

import id.gerai.gerai.GeraiService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.wilayah.WilayahService;
import org.springframework.stereotype.Component;

/**
 * Turns a requested scope into a checked one: the area must exist inside the home area and inside
 * the scope of whoever assigns it; a gerai must exist and lie inside it too. Own-records scopes are
 * handed out only by someone whose scope covers the whole home area, since nobody narrower can see
 * those accounts afterwards.
 */
@Component
class PenentuCakupan {

  private final WilayahService wilayah;
  private final GeraiService gerai;

  PenentuCakupan(WilayahService wilayah, GeraiService gerai) {
    this.wilayah = wilayah;
    this.gerai = gerai;
  }

  Cakupan tentukan(Cakupan.Jenis jenis, String kode, Long geraiId, Cakupan pembuat) {
    if (jenis == null) {
      throw new MasukanTidakSah("akun.cakupan.wajib");
    }
    return switch (jenis) {
      case WILAYAH -> {
        String k = wilayah.ambil(kode == null ? "" : kode).kode();
        periksaDalam(k, pembuat);
        yield Cakupan.wilayah(k);
      }
      case GERAI -> {
        if (geraiId == null) {
          throw new MasukanTidakSah("akun.cakupan.gerai-wajib");
        }
        String k = gerai.kodeWilayah(geraiId);
        periksaDalam(k, pembuat);
        yield Cakupan.gerai(geraiId, k);
      }
      case MILIK_SENDIRI -> {
        periksaDalam(wilayah.kodeRumah(), pembuat);
        yield Cakupan.milikSendiri(-1);
      }
      case TIDAK_ADA -> throw new MasukanTidakSah("akun.cakupan.wajib");
    };
  }

  /** Whether the scope reaches every account of this instance. */
  boolean mencakupRumah(Cakupan pembuat) {
    return pembuat.mencakupWilayah(wilayah.kodeRumah());
  }

  private void periksaDalam(String kode, Cakupan pembuat) {
    if (!Cakupan.wilayah(wilayah.kodeRumah()).mencakupWilayah(kode)
        || !pembuat.mencakupWilayah(kode)) {
      throw new MasukanTidakSah("akun.cakupan.di-luar", kode);
    }
  }
}
