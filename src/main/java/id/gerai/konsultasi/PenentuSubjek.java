package id.gerai.konsultasi;

import id.gerai.koperasi.KoperasiDetail;
import id.gerai.koperasi.KoperasiRekaman;
import id.gerai.koperasi.KoperasiService;
import id.gerai.koperasi.PengurusKoperasi;
import id.gerai.umkm.UmkmSingkat;
import id.gerai.umkm.UmkmSingkatService;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Whose problem a new case is: a business or a cooperative the caller's scope reaches (404
 * otherwise), with what the case copies of it. Reads no personal data of the register, so bringing
 * a case leaves no personal-data view in the trail.
 */
@Component
class PenentuSubjek {

  private final UmkmSingkatService umkm;
  private final KoperasiService koperasi;

  PenentuSubjek(UmkmSingkatService umkm, KoperasiService koperasi) {
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
    koperasi.pastikanTerjangkau(koperasiId, p.cakupan());
    KoperasiDetail d = koperasi.ambil(koperasiId, p.cakupan());
    KoperasiRekaman r = d.data();
    List<String> nama = new ArrayList<>(List.of(r.nama()));
    r.pengurus().stream().map(PengurusKoperasi::nama).filter(Objects::nonNull).forEach(nama::add);
    return new SubjekKasus(
        null, koperasiId, r.nama(), r.kodeWilayah(), r.geraiId(), r.akunId(), nama);
  }
}
