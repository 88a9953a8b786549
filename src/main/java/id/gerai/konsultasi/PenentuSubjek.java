package id.gerai.konsultasi;

import id.gerai.koperasi.KoperasiSingkat;
import id.gerai.koperasi.KoperasiSingkatService;
import id.gerai.umkm.UmkmSingkat;
import id.gerai.umkm.UmkmSingkatService;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Whose problem a new case is: a business or a cooperative the caller's scope reaches (404
 * otherwise), with what the case copies of it. Reads no personal data of the register, so bringing
 * a case leaves no personal-data view in the trail.
 */
@Component
class PenentuSubjek {

  private final UmkmSingkatService umkm;
  private final KoperasiSingkatService koperasi;

  PenentuSubjek(UmkmSingkatService umkm, KoperasiSingkatService koperasi) {
    this.umkm = umkm;
    this.koperasi = koperasi;
  }

  SubjekKasus untuk(BukaKonsultasi buka, Pemanggil p) {
    return buka.koperasiId() != null ? koperasi(buka.koperasiId(), p) : usaha(buka.usahaId(), p);
  }

  private SubjekKasus usaha(long usahaId, Pemanggil p) {
    UmkmSingkat u = umkm.ringkas(usahaId, p.cakupan());
    List<String> nama = new ArrayList<>(List.of(u.nama()));
    if (u.namaPemilik() != null) {
      nama.add(u.namaPemilik());
    }
    // The owner sees the case when they brought it; a case brought for them by an officer is
    // theirs too once the business register shares the owner's account (see docs/konsultasi.md).
    Long pemilik = p.pelaku() ? p.cakupan().akunId() : null;
    return new SubjekKasus(usahaId, null, u.nama(), u.kodeWilayah(), u.geraiId(), pemilik, nama);
  }

  /**
   * A cooperative's case belongs to the cooperative's officer account whoever brings it, so its
   * officer sees the cases staff or a gerai officer brought for it.
   */
  private SubjekKasus koperasi(long koperasiId, Pemanggil p) {
    KoperasiSingkat k = koperasi.ringkas(koperasiId, p.cakupan());
    List<String> nama = new ArrayList<>(List.of(k.nama()));
    if (k.namaManajer() != null) {
      nama.add(k.namaManajer());
    }
    nama.addAll(k.namaPengurus());
    return new SubjekKasus(
        null, koperasiId, k.nama(), k.kodeWilayah(), k.geraiId(), k.akunId(), nama);
  }
}
