package id.gerai.umkm;

import id.gerai.shared.Cakupan;
import id.gerai.shared.TidakDitemukan;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The identifiers an edit would give a business, for the duplicate check: only when it changes the
 * NIB, the owner's NIK or phone, or the business name (an edit of other fields never asks). A
 * masked NIK or phone, as the edit form shows them to users who may not see them, is the stored
 * value unchanged.
 */
@Component
class DuplikatUbah {

  /** The identifiers after the edit, and the owner whose businesses are not duplicates of it. */
  record Ubahan(DuplikatPencarian.Kunci kunci, long pelakuUsahaId) {}

  private final DuplikatPencarian pencarian;

  DuplikatUbah(DuplikatPencarian pencarian) {
    this.pencarian = pencarian;
  }

  /** Empty when the edit changes none of the identifiers; 404 outside the scope. */
  Optional<Ubahan> ubahan(long usahaId, DaftarkanUmkm ubah, Cakupan cakupan) {
    DuplikatPencarian.Tersimpan t =
        pencarian
            .tersimpan(usahaId, cakupan)
            .orElseThrow(
                () -> new TidakDitemukan("umkm.register.tidak-ditemukan", String.valueOf(usahaId)));
    String nama = ubah.namaUsaha() == null ? null : ubah.namaUsaha().strip();
    String nib = Nib.rapikan(ubah.nib());
    String nik = tersamar(ubah.nik()) ? t.nik() : Nik.rapikan(ubah.nik());
    String telepon = tersamar(ubah.telepon()) ? t.telepon() : telepon(ubah.telepon());
    boolean berubah =
        !Objects.equals(nama, t.nama())
            || !Objects.equals(nib, t.nib())
            || !Objects.equals(nik, t.nik())
            || !Objects.equals(telepon, t.telepon());
    if (!berubah) {
      return Optional.empty();
    }
    return Optional.of(
        new Ubahan(
            new DuplikatPencarian.Kunci(usahaId, nama, nib, nik, telepon), t.pelakuUsahaId()));
  }

  private static boolean tersamar(String nilai) {
    return nilai != null && nilai.contains("*");
  }

  /** As the register stores it: normalised when valid, else as typed (the edit then refuses). */
  private static String telepon(String telepon) {
    if (telepon == null || telepon.isBlank()) {
      return null;
    }
    return Telepon.normalkan(telepon).orElse(telepon.strip());
  }
}
