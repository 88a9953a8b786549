package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.TidakDitemukan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Likely duplicates in the register: the same NIB; the same owner NIK or phone with a similar name
 * (see {@link DuplikatNama}). Candidates are fetched by identifier equality in SQL, within the
 * caller's scope; names are compared here. Merging is {@link DuplikatPenggabung}'s.
 */
@Service
public class DuplikatService {

  public static final String BOLEH_GABUNG = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  private final DuplikatPencarian pencarian;
  private final DuplikatPasanganPencarian pasangan;
  private final DuplikatPenggabung penggabung;

  DuplikatService(
      DuplikatPencarian pencarian,
      DuplikatPasanganPencarian pasangan,
      DuplikatPenggabung penggabung) {
    this.pencarian = pencarian;
    this.pasangan = pasangan;
    this.penggabung = penggabung;
  }

  /** Likely duplicates of a business in scope (404 outside it), strongest reason first. */
  @Transactional(readOnly = true)
  public List<DuplikatCalon> calon(long usahaId, Cakupan cakupan) {
    DuplikatPencarian.Kunci k =
        pencarian
            .kunci(usahaId, cakupan)
            .orElseThrow(
                () -> new TidakDitemukan("umkm.register.tidak-ditemukan", String.valueOf(usahaId)));
    return banding(k, null, cakupan);
  }

  /** Likely duplicates, in the caller's scope, of a business about to be registered. */
  @Transactional(readOnly = true)
  public List<DuplikatCalon> periksa(DaftarkanUmkm baru, Cakupan cakupan) {
    DuplikatPencarian.Kunci k =
        new DuplikatPencarian.Kunci(
            null,
            baru.namaUsaha(),
            kosongJadiNull(baru.nib() == null ? null : Nib.rapikan(baru.nib())),
            kosongJadiNull(baru.nik() == null ? null : Nik.rapikan(baru.nik())),
            Telepon.normalkan(baru.telepon()).orElse(null));
    return banding(k, null, cakupan);
  }

  /**
   * Likely duplicates, in the caller's scope, of a business as an edit would leave it: neither the
   * business itself nor any other business of its owner (they share the owner's NIK and phone).
   */
  List<DuplikatCalon> periksaUbah(DuplikatUbah.Ubahan ubahan, Cakupan cakupan) {
    return banding(ubahan.kunci(), ubahan.pelakuUsahaId(), cakupan);
  }

  /** Pairs of businesses in scope sharing a NIB, owner NIK or owner phone, paged. */
  @PreAuthorize(BOLEH_GABUNG)
  @Transactional(readOnly = true)
  public Halaman<DuplikatPasangan> pasangan(Cakupan cakupan, int nomor, Integer ukuran) {
    return pasangan.cari(cakupan, Math.max(nomor, 0), Halaman.ukuranAman(ukuran));
  }

  /**
   * Merges {@code hapusId} into {@code tetapId}: everything pointing at it, its evidence files
   * included ({@link GabungBukti}), moves to the kept business, which keeps its own yearly figure
   * for a year both have and its own ladder; the merged business is closed and marked merged, never
   * deleted. Both must be in scope (404 otherwise).
   */
  @PreAuthorize(BOLEH_GABUNG)
  @Transactional
  public void gabungkan(long tetapId, long hapusId, Cakupan cakupan) {
    penggabung.gabungkan(tetapId, hapusId, cakupan);
  }

  private List<DuplikatCalon> banding(
      DuplikatPencarian.Kunci k, Long kecualiPelaku, Cakupan cakupan) {
    return pencarian.samaKunci(k, kecualiPelaku, cakupan).stream()
        .map(b -> alasan(k, b).map(a -> calon(b, a)))
        .flatMap(Optional::stream)
        .sorted((x, y) -> x.alasan().compareTo(y.alasan()))
        .toList();
  }

  static Optional<DuplikatAlasan> alasan(DuplikatPencarian.Kunci k, DuplikatPencarian.Baris b) {
    if (k.nib() != null && Objects.equals(k.nib(), b.nib())) {
      return Optional.of(DuplikatAlasan.NIB);
    }
    if (!DuplikatNama.mirip(k.nama(), b.nama())) {
      return Optional.empty();
    }
    if (k.nik() != null && Objects.equals(k.nik(), b.nik())) {
      return Optional.of(DuplikatAlasan.NIK);
    }
    if (k.telepon() != null && Objects.equals(k.telepon(), b.telepon())) {
      return Optional.of(DuplikatAlasan.TELEPON);
    }
    return Optional.empty();
  }

  private static DuplikatCalon calon(DuplikatPencarian.Baris b, DuplikatAlasan a) {
    return new DuplikatCalon(b.id(), b.nama(), b.pemilik(), b.kodeWilayah(), b.status(), a);
  }

  private static String kosongJadiNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
