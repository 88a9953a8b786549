package id.gerai.koperasi;

import id.gerai.shared.BidangDitolak;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cooperative of the register with its program tags, officers and supervisors, members by year
 * and (when secondary) member cooperatives. It guards its own state: a dissolved cooperative
 * changes no more, only a secondary one has member cooperatives, and what its own officer changes
 * becomes unverified.
 */
@Table("koperasi")
class Koperasi {

  static final String JENIS_JEJAK = "koperasi";

  @Id private Long id;
  private String nama;
  private String nomorBadanHukum;
  private java.time.LocalDate tanggalBadanHukum;
  private String nomorIndukKoperasi;
  private JenisKoperasi jenis;
  private KelompokKoperasi kelompok;
  private BentukKoperasi bentuk;
  private String kodeWilayah;
  private String alamat;
  private Long geraiId;
  private Long akunId;
  private StatusKoperasi status;
  private java.time.LocalDate tanggalBerdiri;
  private String namaManajer;
  private Integer jumlahKaryawan;
  private StatusVerifikasi statusVerifikasi;
  private String diverifikasiOleh;
  private Instant diverifikasiPada;
  private Instant dibuatPada;
  private Instant diubahPada;

  @MappedCollection(idColumn = "koperasi_id")
  private Set<ProgramKoperasi> program = new HashSet<>();

  @MappedCollection(idColumn = "koperasi_id", keyColumn = "urutan")
  private List<PengurusKoperasi> pengurus = new ArrayList<>();

  @MappedCollection(idColumn = "koperasi_id", keyColumn = "tahun")
  private Map<Integer, AnggotaTahunan> anggota = new TreeMap<>();

  @MappedCollection(idColumn = "koperasi_id", keyColumn = "urutan")
  private List<AnggotaKoperasi> anggotaKoperasi = new ArrayList<>();

  @Version private Integer versi;

  Koperasi() {}

  /** A new active cooperative from a checked command; verified when a verifier entered it. */
  static Koperasi daftarkan(DaftarkanKoperasi d, Long akunId, String pemverifikasi) {
    Koperasi k = new Koperasi();
    k.status = StatusKoperasi.AKTIF;
    k.statusVerifikasi = StatusVerifikasi.BELUM;
    k.dibuatPada = Instant.now();
    k.akunId = akunId;
    k.ubah(d);
    if (pemverifikasi != null) {
      k.verifikasi(pemverifikasi);
    }
    return k;
  }

  void ubah(DaftarkanKoperasi d) {
    belumBubar();
    if (d.bentuk() == BentukKoperasi.PRIMER && !anggotaKoperasi.isEmpty()) {
      throw BidangDitolak.bidang("bentuk", "koperasi.ditolak.sekunder-punya-anggota");
    }
    nama = d.nama().strip();
    nomorBadanHukum = d.nomorBadanHukum();
    tanggalBadanHukum = d.tanggalBadanHukum();
    nomorIndukKoperasi = d.nomorIndukKoperasi();
    jenis = d.jenis();
    kelompok = d.kelompok();
    bentuk = d.bentuk();
    kodeWilayah = d.kelurahan();
    alamat = d.alamat();
    geraiId = d.geraiId();
    tanggalBerdiri = d.tanggalBerdiri();
    namaManajer = d.namaManajer();
    jumlahKaryawan = d.jumlahKaryawan();
    program.clear();
    d.program().forEach(p -> program.add(new ProgramKoperasi(p)));
    diubahPada = Instant.now();
  }

  /** Only Dinkop staff link (or unlink) the account of the cooperative's officer. */
  void tautkanAkun(Long akun) {
    akunId = akun;
  }

  void ubahStatus(StatusKoperasi baru) {
    belumBubar();
    status = baru;
    diubahPada = Instant.now();
  }

  void tambahPengurus(PengurusKoperasi p) {
    belumBubar();
    pengurus.add(p);
    diubahPada = Instant.now();
  }

  /** Removes the officer with this stable id (never by position, which may have shifted). */
  void hapusPengurus(String kode) {
    belumBubar();
    if (kode == null || !pengurus.removeIf(p -> kode.equals(p.kode()))) {
      throw BidangDitolak.bidang("", "koperasi.ditolak.tidak-ada");
    }
    diubahPada = Instant.now();
  }

  void catatAnggota(int tahun, AnggotaTahunan a) {
    belumBubar();
    anggota.put(tahun, a);
    diubahPada = Instant.now();
  }

  void tambahAnggotaKoperasi(AnggotaKoperasi a) {
    belumBubar();
    if (bentuk != BentukKoperasi.SEKUNDER) {
      throw BidangDitolak.bidang("", "koperasi.ditolak.bukan-sekunder");
    }
    if (id != null && id.equals(a.anggotaKoperasiId())) {
      throw BidangDitolak.bidang("anggotaKoperasiId", "koperasi.ditolak.anggota-diri");
    }
    anggotaKoperasi.add(a);
    diubahPada = Instant.now();
  }

  void hapusAnggotaKoperasi(String kode) {
    belumBubar();
    if (kode == null || !anggotaKoperasi.removeIf(a -> kode.equals(a.kode()))) {
      throw BidangDitolak.bidang("", "koperasi.ditolak.tidak-ada");
    }
    diubahPada = Instant.now();
  }

  void verifikasi(String oleh) {
    statusVerifikasi = StatusVerifikasi.TERVERIFIKASI;
    diverifikasiOleh = oleh;
    diverifikasiPada = Instant.now();
  }

  /** Its own officer changed it: Dinkop must look again. */
  void tandaiBelumTerverifikasi() {
    statusVerifikasi = StatusVerifikasi.BELUM;
    diverifikasiOleh = null;
    diverifikasiPada = null;
  }

  private void belumBubar() {
    if (status == StatusKoperasi.BUBAR) {
      throw BidangDitolak.bidang("", "koperasi.ditolak.bubar");
    }
  }

  Long id() {
    return id;
  }

  int versi() {
    return versi == null ? 0 : versi;
  }

  String rekamanVerifikasi() {
    return diverifikasiOleh;
  }

  BentukKoperasi bentuk() {
    return bentuk;
  }

  Long akunId() {
    return akunId;
  }

  List<PengurusKoperasi> pengurus() {
    return List.copyOf(pengurus);
  }

  Map<Integer, AnggotaTahunan> anggota() {
    return new TreeMap<>(anggota);
  }

  List<AnggotaKoperasi> anggotaKoperasi() {
    return List.copyOf(anggotaKoperasi);
  }

  List<String> program() {
    return program.stream().map(ProgramKoperasi::nama).sorted(Comparator.naturalOrder()).toList();
  }

  /** The state worth keeping in the audit trail. */
  KoperasiRekaman rekaman() {
    return new KoperasiRekaman(
        nama,
        nomorBadanHukum,
        tanggalBadanHukum,
        nomorIndukKoperasi,
        jenis,
        kelompok,
        bentuk,
        kodeWilayah,
        alamat,
        geraiId,
        akunId,
        status,
        tanggalBerdiri,
        namaManajer,
        jumlahKaryawan,
        statusVerifikasi,
        program(),
        pengurus(),
        anggota(),
        anggotaKoperasi());
  }
}
