package id.gerai.akun;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An account: the aggregate guards its role, scope, password and whether it may sign in. */
@Table("akun")
class Akun {

  @Id private Long id;
  private final String namaPengguna;
  private String namaLengkap;
  private String kataSandi;
  private Peran peran;
  private Cakupan.Jenis cakupanJenis;
  private String cakupanWilayah;
  private Long cakupanGerai;
  private boolean aktif;
  private final Instant dibuatPada;
  @Version private int versi;

  @PersistenceCreator
  Akun(
      Long id,
      String namaPengguna,
      String namaLengkap,
      String kataSandi,
      Peran peran,
      Cakupan.Jenis cakupanJenis,
      String cakupanWilayah,
      Long cakupanGerai,
      boolean aktif,
      Instant dibuatPada,
      int versi) {
    this.id = id;
    this.namaPengguna = namaPengguna;
    this.namaLengkap = namaLengkap;
    this.kataSandi = kataSandi;
    this.peran = peran;
    this.cakupanJenis = cakupanJenis;
    this.cakupanWilayah = cakupanWilayah;
    this.cakupanGerai = cakupanGerai;
    this.aktif = aktif;
    this.dibuatPada = dibuatPada;
    this.versi = versi;
  }

  static Akun baru(
      String namaPengguna, String namaLengkap, String hashSandi, Peran peran, Cakupan cakupan) {
    Akun akun =
        new Akun(
            null,
            namaPengguna,
            namaLengkap,
            hashSandi,
            peran,
            null,
            null,
            null,
            true,
            Instant.now(),
            0);
    akun.tetapkanPeran(peran, cakupan);
    return akun;
  }

  /** A business actor or cooperative officer always sees only their own records. */
  void tetapkanPeran(Peran peranBaru, Cakupan cakupan) {
    if (peranBaru.milikSendiri() != (cakupan.jenis() == Cakupan.Jenis.MILIK_SENDIRI)) {
      throw new MasukanTidakSah("akun.cakupan.tidak-cocok-peran");
    }
    this.peran = peranBaru;
    this.cakupanJenis = cakupan.jenis();
    this.cakupanWilayah = cakupan.kodeWilayah();
    this.cakupanGerai = cakupan.geraiId();
  }

  void gantiSandi(String hashBaru) {
    this.kataSandi = hashBaru;
  }

  void ubahNama(String nama) {
    this.namaLengkap = nama;
  }

  void nonaktifkan() {
    this.aktif = false;
  }

  void aktifkan() {
    this.aktif = true;
  }

  Cakupan cakupan() {
    return switch (cakupanJenis) {
      case WILAYAH -> Cakupan.wilayah(cakupanWilayah);
      case GERAI -> Cakupan.gerai(cakupanGerai, cakupanWilayah);
      case MILIK_SENDIRI -> Cakupan.milikSendiri(id == null ? -1 : id);
      case TIDAK_ADA -> Cakupan.TIDAK_ADA;
    };
  }

  PenggunaGerai pengguna() {
    return new PenggunaGerai(id, namaPengguna, namaLengkap, peran, cakupan(), kataSandi, aktif);
  }

  AkunRingkas ringkas() {
    return new AkunRingkas(id, namaPengguna, namaLengkap, peran, cakupan(), aktif, dibuatPada);
  }

  Long id() {
    return id;
  }

  String namaPengguna() {
    return namaPengguna;
  }

  String kataSandi() {
    return kataSandi;
  }
}
