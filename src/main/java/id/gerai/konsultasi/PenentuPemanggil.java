package id.gerai.konsultasi;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.UmkmRingkas;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UmkmService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Builds the caller for a request. For a business actor it asks the register (scoped to their own
 * records) which businesses are theirs, so cases an officer brought for those businesses are theirs
 * to see as well.
 */
@Component
class PenentuPemanggil {

  /**
   * A business actor with more businesses than this is not expected; the rest still match by owner.
   */
  private static final int BATAS = 200;

  private final UmkmService umkm;

  PenentuPemanggil(UmkmService umkm) {
    this.umkm = umkm;
  }

  Pemanggil untuk(Cakupan cakupan) {
    if (cakupan.jenis() != Cakupan.Jenis.MILIK_SENDIRI) {
      return Pemanggil.saatIni(cakupan, List.of());
    }
    UmkmSaringan s = UmkmSaringan.semua(BATAS);
    List<Long> milik = umkm.cari(s, cakupan).isi().stream().map(UmkmRingkas::id).toList();
    return Pemanggil.saatIni(cakupan, milik);
  }
}
