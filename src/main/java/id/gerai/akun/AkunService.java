package id.gerai.akun;

import id.gerai.gerai.GeraiService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.wilayah.WilayahService;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account use cases: create, change role and scope, disable, reset and change password. */
@Service
@Transactional
public class AkunService {

  private static final String JENIS = "akun";
  private static final String HURUF = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom ACAK = new SecureRandom();

  private final AkunRepository akun;
  private final PasswordEncoder sandi;
  private final WilayahService wilayah;
  private final GeraiService gerai;
  private final ApplicationEventPublisher events;

  AkunService(
      AkunRepository akun,
      PasswordEncoder sandi,
      WilayahService wilayah,
      GeraiService gerai,
      ApplicationEventPublisher events) {
    this.akun = akun;
    this.sandi = sandi;
    this.wilayah = wilayah;
    this.gerai = gerai;
    this.events = events;
  }

  /** The new account and its password in clear: shown once, never stored. */
  public record AkunBaru(AkunRingkas akun, String kataSandi) {}

  public AkunBaru buat(BuatAkun cmd, Cakupan pembuat) {
    if (akun.findByNamaPengguna(cmd.namaPengguna()).isPresent()) {
      throw new MasukanTidakSah("akun.nama-pengguna.sudah-ada", cmd.namaPengguna());
    }
    String kataSandi = isi(cmd.kataSandi()) ? cmd.kataSandi() : sandiAcak();
    periksaKekuatan(kataSandi);
    Cakupan cakupan =
        cakupan(cmd.cakupanJenis(), cmd.cakupanWilayah(), cmd.cakupanGerai(), pembuat);
    Akun baru =
        akun.save(
            Akun.baru(
                cmd.namaPengguna(),
                cmd.namaLengkap(),
                sandi.encode(kataSandi),
                cmd.peran(),
                cakupan));
    events.publishEvent(Jejak.dibuat(JENIS, baru.id(), baru.ringkas()));
    return new AkunBaru(baru.ringkas(), kataSandi);
  }

  public void tetapkanPeran(
      long id,
      Peran peran,
      Cakupan.Jenis jenis,
      String kodeWilayah,
      Long geraiId,
      Cakupan pembuat) {
    Akun a = ambilAkun(id);
    AkunRingkas sebelum = a.ringkas();
    a.tetapkanPeran(peran, cakupan(jenis, kodeWilayah, geraiId, pembuat));
    simpan(a, sebelum);
  }

  public void nonaktifkan(long id) {
    Akun a = ambilAkun(id);
    AkunRingkas sebelum = a.ringkas();
    a.nonaktifkan();
    simpan(a, sebelum);
  }

  public void aktifkan(long id) {
    Akun a = ambilAkun(id);
    AkunRingkas sebelum = a.ringkas();
    a.aktifkan();
    simpan(a, sebelum);
  }

  /** A new random password, returned once for the admin to hand over. */
  public String aturUlangSandi(long id) {
    Akun a = ambilAkun(id);
    String baru = sandiAcak();
    a.gantiSandi(sandi.encode(baru));
    akun.save(a);
    events.publishEvent(new Jejak("ATUR_ULANG_SANDI", JENIS, String.valueOf(id), null, null));
    return baru;
  }

  public void gantiSandiSendiri(long id, String lama, String baru) {
    Akun a = ambilAkun(id);
    if (!sandi.matches(lama, a.kataSandi())) {
      throw new MasukanTidakSah("akun.sandi.lama-salah");
    }
    periksaKekuatan(baru);
    a.gantiSandi(sandi.encode(baru));
    akun.save(a);
    events.publishEvent(new Jejak("GANTI_SANDI", JENIS, String.valueOf(id), null, null));
  }

  @Transactional(readOnly = true)
  public List<AkunRingkas> daftar() {
    return akun.findAll().stream().map(Akun::ringkas).toList();
  }

  @Transactional(readOnly = true)
  public AkunRingkas ambil(long id) {
    return ambilAkun(id).ringkas();
  }

  @Transactional(readOnly = true)
  public boolean kosong() {
    return akun.count() == 0;
  }

  private Akun ambilAkun(long id) {
    return akun.findById(id).orElseThrow(() -> new TidakDitemukan("akun.tidak-ditemukan", id));
  }

  private void simpan(Akun a, AkunRingkas sebelum) {
    akun.save(a);
    events.publishEvent(Jejak.diubah(JENIS, a.id(), sebelum, a.ringkas()));
  }

  /**
   * Turns a requested scope into a checked one: the area must exist inside the home area and inside
   * the scope of whoever assigns it; a gerai must exist and lie inside it too.
   */
  private Cakupan cakupan(Cakupan.Jenis jenis, String kode, Long geraiId, Cakupan pembuat) {
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
      case MILIK_SENDIRI -> Cakupan.milikSendiri(-1);
      case TIDAK_ADA -> throw new MasukanTidakSah("akun.cakupan.wajib");
    };
  }

  private void periksaDalam(String kode, Cakupan pembuat) {
    if (!Cakupan.wilayah(wilayah.kodeRumah()).mencakupWilayah(kode)
        || !pembuat.mencakupWilayah(kode)) {
      throw new MasukanTidakSah("akun.cakupan.di-luar", kode);
    }
  }

  private static void periksaKekuatan(String kataSandi) {
    if (kataSandi.length() < 10) {
      throw new MasukanTidakSah("akun.sandi.terlalu-pendek");
    }
  }

  private static boolean isi(String s) {
    return s != null && !s.isBlank();
  }

  static String sandiAcak() {
    StringBuilder sb = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      sb.append(HURUF.charAt(ACAK.nextInt(HURUF.length())));
    }
    return sb.toString();
  }
}
