package id.gerai.akun;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.Jejak;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account use cases: create, change role and scope, disable, reset and change password. The
 * variants that take the acting admin ({@code oleh}) reach only accounts inside the admin's scope
 * and refuse to lock the admin out of their own account.
 */
@Service
@Transactional
public class AkunService {

  private static final String JENIS = "akun";

  private final AkunRepository akun;
  private final PasswordEncoder sandi;
  private final PenentuCakupan penentu;
  private final PencarianAkun pencarian;
  private final SesiAkun sesi;
  private final ApplicationEventPublisher events;

  AkunService(
      AkunRepository akun,
      PasswordEncoder sandi,
      PenentuCakupan penentu,
      PencarianAkun pencarian,
      SesiAkun sesi,
      ApplicationEventPublisher events) {
    this.akun = akun;
    this.sandi = sandi;
    this.penentu = penentu;
    this.pencarian = pencarian;
    this.sesi = sesi;
    this.events = events;
  }

  /** The new account and its password in clear: shown once, never stored. */
  public record AkunBaru(AkunRingkas akun, String kataSandi) {}

  public AkunBaru buat(BuatAkun cmd, Cakupan pembuat) {
    return buat(cmd, pembuat, sandi::encode);
  }

  /**
   * Makes several accounts in one go. Those given the same password share one hash computation (a
   * salted hash costs about 80 ms on two cores): for the demo's accounts, whose one password is
   * published anyway; accounts of real people each get their own password and so their own salt.
   */
  public List<AkunBaru> buatSemua(List<BuatAkun> perintah, Cakupan pembuat) {
    Map<String, String> tersandi = new HashMap<>();
    return perintah.stream()
        .map(cmd -> buat(cmd, pembuat, k -> tersandi.computeIfAbsent(k, sandi::encode)))
        .toList();
  }

  private AkunBaru buat(BuatAkun cmd, Cakupan pembuat, UnaryOperator<String> sandikan) {
    cmd.periksa();
    if (akun.findByNamaPengguna(cmd.namaPengguna()).isPresent()) {
      throw new MasukanTidakSah("akun.nama-pengguna.sudah-ada", cmd.namaPengguna());
    }
    String kataSandi = isi(cmd.kataSandi()) ? cmd.kataSandi() : AturanSandi.acak();
    AturanSandi.periksa(kataSandi);
    Cakupan cakupan =
        penentu.tentukan(cmd.cakupanJenis(), cmd.cakupanWilayah(), cmd.cakupanGerai(), pembuat);
    Akun a =
        Akun.baru(
            cmd.namaPengguna(),
            cmd.namaLengkap().trim(),
            sandikan.apply(kataSandi),
            cmd.peran(),
            cakupan);
    Akun baru;
    try {
      baru = akun.save(a);
    } catch (DuplicateKeyException balapan) {
      throw new MasukanTidakSah("akun.nama-pengguna.sudah-ada", cmd.namaPengguna());
    }
    events.publishEvent(Jejak.dibuat(JENIS, baru.id(), baru.ringkas()));
    return new AkunBaru(baru.ringkas(), kataSandi);
  }

  /** Gives an account inside the assigner's scope a new role and scope; its sessions end. */
  public void tetapkanPeran(
      long id,
      Peran peran,
      Cakupan.Jenis jenis,
      String kodeWilayah,
      Long geraiId,
      Cakupan pembuat) {
    terlihat(id, pembuat);
    if (peran == null) {
      throw new MasukanTidakSah("akun.peran.wajib");
    }
    Akun a = ambilAkun(id);
    AkunRingkas sebelum = a.ringkas();
    a.tetapkanPeran(peran, penentu.tentukan(jenis, kodeWilayah, geraiId, pembuat));
    simpan(a, sebelum);
    sesi.akhiri(a.namaPengguna());
  }

  /** As above, by an admin who may not change their own role. */
  public void tetapkanPeran(
      long id,
      Peran peran,
      Cakupan.Jenis jenis,
      String kodeWilayah,
      Long geraiId,
      PenggunaGerai oleh) {
    bukanDiriSendiri(id, oleh);
    tetapkanPeran(id, peran, jenis, kodeWilayah, geraiId, oleh.cakupan());
  }

  public void nonaktifkan(long id) {
    Akun a = ambilAkun(id);
    AkunRingkas sebelum = a.ringkas();
    a.nonaktifkan();
    simpan(a, sebelum);
    sesi.akhiri(a.namaPengguna());
  }

  public void nonaktifkan(long id, PenggunaGerai oleh) {
    terlihat(id, oleh.cakupan());
    bukanDiriSendiri(id, oleh);
    nonaktifkan(id);
  }

  public void aktifkan(long id) {
    Akun a = ambilAkun(id);
    AkunRingkas sebelum = a.ringkas();
    a.aktifkan();
    simpan(a, sebelum);
  }

  public void aktifkan(long id, PenggunaGerai oleh) {
    terlihat(id, oleh.cakupan());
    aktifkan(id);
  }

  /** A new random password, returned once for the admin to hand over; the old sessions end. */
  public String aturUlangSandi(long id) {
    Akun a = ambilAkun(id);
    String baru = AturanSandi.acak();
    a.gantiSandi(sandi.encode(baru));
    akun.save(a);
    events.publishEvent(new Jejak("ATUR_ULANG_SANDI", JENIS, String.valueOf(id), null, null));
    sesi.akhiri(a.namaPengguna());
    return baru;
  }

  /** By an admin, for an account in their scope; their own password they change themselves. */
  public String aturUlangSandi(long id, PenggunaGerai oleh) {
    terlihat(id, oleh.cakupan());
    bukanDiriSendiri(id, oleh);
    return aturUlangSandi(id);
  }

  public void gantiSandiSendiri(long id, String lama, String baru) {
    Akun a = ambilAkun(id);
    if (lama == null || !sandi.matches(lama, a.kataSandi())) {
      throw new MasukanTidakSah("akun.sandi.lama-salah");
    }
    AturanSandi.periksa(baru);
    a.gantiSandi(sandi.encode(baru));
    akun.save(a);
    events.publishEvent(new Jejak("GANTI_SANDI", JENIS, String.valueOf(id), null, null));
  }

  @Transactional(readOnly = true)
  public List<AkunRingkas> daftar() {
    return akun.findAll().stream().map(Akun::ringkas).toList();
  }

  /** One page of the accounts inside the caller's scope, by username. */
  @Transactional(readOnly = true)
  public Halaman<AkunRingkas> daftar(SaringAkun saring, Cakupan pembuat, int nomor, int ukuran) {
    return pencarian.halaman(
        saring == null ? SaringAkun.SEMUA : saring,
        pembuat,
        Math.max(nomor, 0),
        Halaman.ukuranAman(ukuran));
  }

  @Transactional(readOnly = true)
  public AkunRingkas ambil(long id) {
    return ambilAkun(id).ringkas();
  }

  /** The account, if the caller's scope reaches it; otherwise not found. */
  @Transactional(readOnly = true)
  public AkunRingkas ambil(long id, Cakupan pembuat) {
    return terlihat(id, pembuat);
  }

  @Transactional(readOnly = true)
  public boolean kosong() {
    return akun.count() == 0;
  }

  private Akun ambilAkun(long id) {
    return akun.findById(id)
        .orElseThrow(() -> new TidakDitemukan("akun.tidak-ditemukan", String.valueOf(id)));
  }

  private AkunRingkas terlihat(long id, Cakupan pembuat) {
    return pencarian
        .ambil(id, pembuat)
        .orElseThrow(() -> new TidakDitemukan("akun.tidak-ditemukan", String.valueOf(id)));
  }

  private void simpan(Akun a, AkunRingkas sebelum) {
    try {
      akun.save(a);
    } catch (OptimisticLockingFailureException bersamaan) {
      throw new MasukanTidakSah("akun.diubah-bersamaan");
    }
    events.publishEvent(Jejak.diubah(JENIS, a.id(), sebelum, a.ringkas()));
  }

  private static void bukanDiriSendiri(long id, PenggunaGerai oleh) {
    if (oleh.akunId() == id) {
      throw new MasukanTidakSah("akun.diri-sendiri");
    }
  }

  private static boolean isi(String s) {
    return s != null && !s.isBlank();
  }
}
