package id.gerai.umkm;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A business actor: the person who owns one or more businesses, with the legal basis on which the
 * office keeps their data. What the person writes about themselves is unverified until an officer
 * checks it.
 */
@Table("pelaku_usaha")
class PelakuUsaha {

  static final String JENIS_JEJAK = "pelaku_usaha";

  @Id private Long id;
  private String nik;
  private String nama;
  private Nik.JenisKelamin jenisKelamin;
  private LocalDate tanggalLahir;
  private String telepon;
  private String email;
  private String kodeWilayah;
  private String alamat;
  private PelakuUsahaDasar dasarPemrosesan;
  private Instant persetujuanPada;
  private final Long akunId;
  private VerifikasiStatus statusVerifikasi;
  private String diverifikasiOleh;
  private Instant diverifikasiPada;
  private final Instant dibuatPada;
  @Version private Integer versi;

  @PersistenceCreator
  PelakuUsaha(
      Long id,
      String nik,
      String nama,
      Nik.JenisKelamin jenisKelamin,
      LocalDate tanggalLahir,
      String telepon,
      String email,
      String kodeWilayah,
      String alamat,
      PelakuUsahaDasar dasarPemrosesan,
      Instant persetujuanPada,
      Long akunId,
      VerifikasiStatus statusVerifikasi,
      String diverifikasiOleh,
      Instant diverifikasiPada,
      Instant dibuatPada,
      Integer versi) {
    this.id = id;
    this.nik = nik;
    this.nama = nama;
    this.jenisKelamin = jenisKelamin;
    this.tanggalLahir = tanggalLahir;
    this.telepon = telepon;
    this.email = email;
    this.kodeWilayah = kodeWilayah;
    this.alamat = alamat;
    this.dasarPemrosesan = dasarPemrosesan;
    this.persetujuanPada = persetujuanPada;
    this.akunId = akunId;
    this.statusVerifikasi = statusVerifikasi;
    this.diverifikasiOleh = diverifikasiOleh;
    this.diverifikasiPada = diverifikasiPada;
    this.dibuatPada = dibuatPada;
    this.versi = versi;
  }

  /**
   * Registers a person from a checked command. {@code pemverifikasi} is the officer who entered it
   * (then it is verified), or null when the business actor registers themselves.
   */
  static PelakuUsaha daftarkan(DaftarkanUmkm d, Long akunId, String pemverifikasi) {
    PelakuUsaha p =
        new PelakuUsaha(
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            akunId,
            VerifikasiStatus.BELUM,
            null,
            null,
            Instant.now(),
            null);
    p.ubah(d);
    if (pemverifikasi != null) {
      p.verifikasi(pemverifikasi);
    }
    return p;
  }

  /** Replaces what is known of the person; consent given now is dated now. */
  void ubah(DaftarkanUmkm d) {
    nik = d.nik();
    nama = d.nama().strip();
    jenisKelamin = d.jenisKelamin();
    tanggalLahir = d.tanggalLahir();
    telepon = d.telepon();
    email = d.email();
    kodeWilayah = d.kelurahan();
    alamat = d.alamat();
    if (d.dasarPemrosesan() == PelakuUsahaDasar.PERSETUJUAN && persetujuanPada == null) {
      persetujuanPada = Instant.now();
    } else if (d.dasarPemrosesan() != PelakuUsahaDasar.PERSETUJUAN) {
      persetujuanPada = null;
    }
    dasarPemrosesan = d.dasarPemrosesan();
  }

  void verifikasi(String oleh) {
    statusVerifikasi = VerifikasiStatus.TERVERIFIKASI;
    diverifikasiOleh = oleh;
    diverifikasiPada = Instant.now();
  }

  /** The business actor changed their own data: an officer must look again. */
  void tandaiBelumTerverifikasi() {
    statusVerifikasi = VerifikasiStatus.BELUM;
    diverifikasiOleh = null;
    diverifikasiPada = null;
  }

  /** Whether the account may act on this person as their own. */
  boolean milik(Long akun) {
    return akunId != null && akunId.equals(akun);
  }

  Long id() {
    return id;
  }

  String nik() {
    return nik;
  }

  String telepon() {
    return telepon;
  }

  VerifikasiStatus statusVerifikasi() {
    return statusVerifikasi;
  }

  int versi() {
    return versi == null ? 0 : versi;
  }

  PelakuUsahaRekaman rekaman() {
    return new PelakuUsahaRekaman(
        nama,
        Nik.samarkan(nik),
        Telepon.samarkan(telepon),
        kodeWilayah,
        dasarPemrosesan,
        akunId,
        statusVerifikasi);
  }
}
