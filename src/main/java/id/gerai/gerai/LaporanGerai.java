package id.gerai.gerai;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A gerai's report for one period. It guards its workflow: filled in while draft or returned,
 * submitted once not empty, then approved or returned with a reason by staff. After its deadline a
 * draft or returned report is locked until Dinkop staff reopen it with a reason. Every rule that
 * refuses names the field at fault where there is one.
 */
@Table("laporan_gerai")
class LaporanGerai {

  static final String JENIS_JEJAK = "laporan_gerai";
  private static final int CATATAN_MAKS = 2000;

  @Id private Long id;
  private long geraiId;
  private String periode;
  private LocalDate periodeMulai;
  private LocalDate periodeSelesai;
  private LocalDate tenggat;
  private LaporanGeraiStatus status;
  private int jumlahPertemuan;
  private int anggotaHadir;
  private int umkmBaru;
  private int koperasiBaru;
  private int layananNib;
  private int layananIzin;
  private int layananKonsultasi;
  private int permasalahan;
  private String catatan;
  private String alasanKembali;
  private boolean dibukaKembali;
  private LocalDate pertamaDikirim;
  private Instant dikirimPada;
  private Instant diputusPada;
  private String diputusOleh;
  private Instant dibuatPada;
  private String dibuatOleh;
  @Version private int versi;

  @PersistenceCreator
  private LaporanGerai() {}

  /** A new draft; a period that has not started yet cannot be reported. */
  static LaporanGerai mulai(
      long geraiId,
      Periode p,
      LocalDate tenggat,
      LaporanGeraiAngka isian,
      LocalDate hariIni,
      String oleh) {
    if (p.mulai().isAfter(hariIni)) {
      throw new GeraiDitolak("periode", "laporan.ditolak.periode-belum-mulai", p.kode());
    }
    LaporanGerai l = new LaporanGerai();
    l.geraiId = geraiId;
    l.periode = p.kode();
    l.periodeMulai = p.mulai();
    l.periodeSelesai = p.selesai();
    l.tenggat = tenggat;
    l.status = LaporanGeraiStatus.DRAF;
    l.aturAngka(isian == null ? LaporanGeraiAngka.NOL : isian);
    l.dibuatPada = Instant.now();
    l.dibuatOleh = oleh;
    return l;
  }

  /** Past the deadline, a draft or returned report is locked unless staff reopened it. */
  boolean terkunci(LocalDate hariIni) {
    return status.terbuka() && hariIni.isAfter(tenggat) && !dibukaKembali;
  }

  /** Fills in the counts and the note; {@code terdaftar} is the gerai's registered members. */
  void isi(LaporanGeraiAngka angka, String catatanBaru, long terdaftar, LocalDate hariIni) {
    if (!status.terbuka()) {
      throw new GeraiDitolak(null, "laporan.ditolak.ubah");
    }
    bolehDiubah(hariIni);
    periksa(angka, terdaftar);
    String c = catatanBaru == null || catatanBaru.isBlank() ? null : catatanBaru.strip();
    if (c != null && c.length() > CATATAN_MAKS) {
      throw new GeraiDitolak("catatan", "laporan.ditolak.catatan-panjang", CATATAN_MAKS);
    }
    aturAngka(angka);
    catatan = c;
  }

  /** Submits the report; an empty one (all zero and no note) is refused. */
  void kirim(long terdaftar, LocalDate hariIni, Instant sekarang) {
    if (!status.terbuka()) {
      throw new GeraiDitolak(null, "laporan.ditolak.kirim");
    }
    bolehDiubah(hariIni);
    if (angka().nol() && catatan == null) {
      throw new GeraiDitolak(null, "laporan.ditolak.kosong");
    }
    periksa(angka(), terdaftar);
    status = LaporanGeraiStatus.DIKIRIM;
    dikirimPada = sekarang;
    if (pertamaDikirim == null) {
      pertamaDikirim = hariIni;
    }
    dibukaKembali = false;
    alasanKembali = null;
  }

  void setujui(String oleh, Instant sekarang) {
    if (status != LaporanGeraiStatus.DIKIRIM) {
      throw new GeraiDitolak(null, "laporan.ditolak.setujui");
    }
    status = LaporanGeraiStatus.DISETUJUI;
    diputusOleh = oleh;
    diputusPada = sekarang;
  }

  /**
   * Returns a submitted report for correction. Returned after its deadline, it stays open for the
   * correction: the staff member who returns it has decided it may still change.
   */
  void kembalikan(String alasan, String oleh, Instant sekarang, LocalDate hariIni) {
    if (status != LaporanGeraiStatus.DIKIRIM) {
      throw new GeraiDitolak(null, "laporan.ditolak.kembalikan");
    }
    alasanKembali = alasanWajib(alasan);
    status = LaporanGeraiStatus.DIKEMBALIKAN;
    diputusOleh = oleh;
    diputusPada = sekarang;
    dibukaKembali = hariIni.isAfter(tenggat);
  }

  /** Opens a locked, submitted or approved report again for the gerai to change. */
  void bukaKembali(String alasan, LocalDate hariIni) {
    String a = alasanWajib(alasan);
    if (status.terbuka() && !terkunci(hariIni)) {
      throw new GeraiDitolak(null, "laporan.ditolak.tidak-terkunci");
    }
    if (!status.terbuka()) {
      status = LaporanGeraiStatus.DRAF;
    }
    dibukaKembali = true;
    alasanKembali = a;
  }

  private void bolehDiubah(LocalDate hariIni) {
    if (terkunci(hariIni)) {
      throw new GeraiDitolak(null, "laporan.ditolak.terkunci", tenggat);
    }
  }

  private static void periksa(LaporanGeraiAngka angka, long terdaftar) {
    String negatif = angka.negatif();
    if (negatif != null) {
      throw new GeraiDitolak(negatif, "laporan.ditolak.negatif");
    }
    if (angka.anggotaHadir() > terdaftar) {
      throw new GeraiDitolak(
          "anggotaHadir", "laporan.ditolak.hadir-melebihi", angka.anggotaHadir(), terdaftar);
    }
  }

  private static String alasanWajib(String alasan) {
    if (alasan == null || alasan.isBlank()) {
      throw new GeraiDitolak("alasan", "laporan.ditolak.alasan-wajib");
    }
    String a = alasan.strip();
    return a.length() > 300 ? a.substring(0, 300) : a;
  }

  private void aturAngka(LaporanGeraiAngka a) {
    jumlahPertemuan = a.jumlahPertemuan();
    anggotaHadir = a.anggotaHadir();
    umkmBaru = a.umkmBaru();
    koperasiBaru = a.koperasiBaru();
    layananNib = a.layananNib();
    layananIzin = a.layananIzin();
    layananKonsultasi = a.layananKonsultasi();
    permasalahan = a.permasalahan();
  }

  LaporanGeraiAngka angka() {
    return new LaporanGeraiAngka(
        jumlahPertemuan,
        anggotaHadir,
        umkmBaru,
        koperasiBaru,
        layananNib,
        layananIzin,
        layananKonsultasi,
        permasalahan);
  }

  Long id() {
    return id;
  }

  LaporanGeraiStatus status() {
    return status;
  }

  LaporanGeraiRingkas ringkas(LocalDate hariIni) {
    return new LaporanGeraiRingkas(
        id,
        geraiId,
        new Periode(periode, periodeMulai, periodeSelesai),
        tenggat,
        status,
        angka(),
        catatan,
        alasanKembali,
        dibukaKembali,
        pertamaDikirim,
        pertamaDikirim == null ? null : !pertamaDikirim.isAfter(tenggat),
        terkunci(hariIni),
        versi);
  }
}
