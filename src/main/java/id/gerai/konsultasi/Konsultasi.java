package id.gerai.konsultasi;

import id.gerai.shared.MasukanTidakSah;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case: a problem of a business, its routing, its status and its solution. It guards its own
 * status moves ({@link AlurStatus}) and keeps the times its targets are measured by. The thread,
 * attachments and sessions are rows of their own that only grow.
 */
@Table("konsultasi")
class Konsultasi {

  /** The office's time zone, for the month a case counts in and for showing times. */
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Id private Long id;
  private final Long usahaId;
  private final Long koperasiId;
  private final String namaSubjek;
  private final String kodeWilayah;
  private final Long geraiId;
  private final Long pemilikAkunId;
  private final KategoriMasalah kategori;
  private final String uraian;
  private final Urgensi urgensi;
  private final Saluran saluran;
  private StatusKonsultasi status;
  private Long ditugaskanAkunId;
  private String ditugaskanNama;
  private PeranTujuan ditugaskanPeran;
  private String rujukanProgram;
  private String solusi;
  private final String pengetahuanMasalah;
  private String pengetahuanSolusi;
  private final String periode;
  private final Instant batasTanggapan;
  private final Instant batasSelesai;
  private Instant tanggapanPertamaPada;
  private Instant selesaiPada;
  private final String dibuatOleh;
  private final Long dibuatOlehAkunId;
  private final Instant dibuatPada;
  private Instant diubahPada;
  @Version private Integer versi;

  @PersistenceCreator
  Konsultasi(
      Long id,
      Long usahaId,
      Long koperasiId,
      String namaSubjek,
      String kodeWilayah,
      Long geraiId,
      Long pemilikAkunId,
      KategoriMasalah kategori,
      String uraian,
      Urgensi urgensi,
      Saluran saluran,
      StatusKonsultasi status,
      String pengetahuanMasalah,
      String periode,
      Instant batasTanggapan,
      Instant batasSelesai,
      String dibuatOleh,
      Long dibuatOlehAkunId,
      Instant dibuatPada) {
    this.id = id;
    this.usahaId = usahaId;
    this.koperasiId = koperasiId;
    this.namaSubjek = namaSubjek;
    this.kodeWilayah = kodeWilayah;
    this.geraiId = geraiId;
    this.pemilikAkunId = pemilikAkunId;
    this.kategori = kategori;
    this.uraian = uraian;
    this.urgensi = urgensi;
    this.saluran = saluran;
    this.status = status;
    this.pengetahuanMasalah = pengetahuanMasalah;
    this.periode = periode;
    this.batasTanggapan = batasTanggapan;
    this.batasSelesai = batasSelesai;
    this.dibuatOleh = dibuatOleh;
    this.dibuatOlehAkunId = dibuatOlehAkunId;
    this.dibuatPada = dibuatPada;
    this.diubahPada = dibuatPada;
  }

  /** A new case, not yet routed. */
  static Konsultasi buka(SubjekKasus subjek, BukaKonsultasi buka, Pembuka pembuka) {
    return new Konsultasi(
        null,
        subjek.usahaId(),
        subjek.koperasiId(),
        subjek.nama(),
        subjek.kodeWilayah(),
        subjek.geraiId(),
        subjek.pemilikAkunId(),
        buka.kategori(),
        buka.uraian().strip(),
        buka.urgensi(),
        pembuka.saluran(),
        StatusKonsultasi.BARU,
        Anonimkan.teks(buka.uraian().strip(), subjek.namaTerlarang()),
        pembuka.periode(),
        pembuka.batasTanggapan(),
        pembuka.batasSelesai(),
        pembuka.nama(),
        pembuka.akunId(),
        pembuka.pada());
  }

  /** Routes the case to someone (or a role's queue); a new case becomes assigned. */
  void tugaskan(Tugaskan tujuan, Instant kini) {
    if (status.tuntas()) {
      throw new TransisiDitolak(status, StatusKonsultasi.DITUGASKAN);
    }
    ditugaskanAkunId = tujuan.akunId();
    ditugaskanNama = tujuan.nama();
    ditugaskanPeran = tujuan.peran();
    if (status == StatusKonsultasi.BARU) {
      status = StatusKonsultasi.DITUGASKAN;
    }
    diubahPada = kini;
  }

  /** Moves the status; solving needs the written solution, anonymised for the know-how. */
  void ubahStatus(StatusKonsultasi ke, String tulisanSolusi, Instant kini) {
    if (ke == null) {
      throw new MasukanTidakSah("konsultasi.status.wajib");
    }
    if (!AlurStatus.boleh(status, ke)) {
      throw new TransisiDitolak(status, ke);
    }
    if (ke == StatusKonsultasi.DITUGASKAN && ditugaskanNama == null && ditugaskanPeran == null) {
      throw new MasukanTidakSah("konsultasi.tugaskan.wajib");
    }
    if (ke == StatusKonsultasi.SELESAI) {
      selesaikan(tulisanSolusi, kini);
    }
    status = ke;
    diubahPada = kini;
  }

  private void selesaikan(String tulisan, Instant kini) {
    if (tulisan == null || tulisan.isBlank()) {
      throw new MasukanTidakSah("konsultasi.solusi.wajib");
    }
    solusi = tulisan.strip();
    pengetahuanSolusi = Anonimkan.teks(solusi, List.of(namaSubjek));
    selesaiPada = kini;
  }

  /**
   * An answer in the thread; the first one from the helping side is the response time, and the
   * business's answer to a case waiting for it puts it back in progress.
   */
  void catatTanggapan(boolean dariPelaku, Instant kini) {
    if (status == StatusKonsultasi.DITUTUP) {
      throw new MasukanTidakSah("konsultasi.tanggapan.ditutup");
    }
    if (!dariPelaku && tanggapanPertamaPada == null) {
      tanggapanPertamaPada = kini;
    }
    // The business answering is what the case waited for: it is back in progress.
    if (dariPelaku && status == StatusKonsultasi.MENUNGGU_PELAKU) {
      status = StatusKonsultasi.DIPROSES;
    }
    diubahPada = kini;
  }

  /** Refers the case on to an office program (free text until programs exist). */
  void rujuk(String program, Instant kini) {
    if (program == null || program.isBlank()) {
      throw new MasukanTidakSah("konsultasi.rujuk.wajib");
    }
    rujukanProgram = program.strip();
    diubahPada = kini;
  }

  Long id() {
    return id;
  }

  StatusKonsultasi status() {
    return status;
  }

  Long usahaId() {
    return usahaId;
  }

  Long koperasiId() {
    return koperasiId;
  }

  /** The case as its page shows it, with the rows kept beside it. */
  KonsultasiDetail detail(
      Instant kini,
      List<TanggapanRingkas> tanggapan,
      List<LampiranRingkas> lampiran,
      List<SesiRingkas> sesi) {
    boolean terbuka = !status.tuntas();
    return new KonsultasiDetail(
        id == null ? 0 : id,
        usahaId,
        koperasiId,
        namaSubjek,
        kodeWilayah,
        geraiId,
        kategori,
        uraian,
        urgensi,
        saluran,
        status,
        ditugaskanAkunId,
        ditugaskanNama,
        ditugaskanPeran,
        rujukanProgram,
        solusi,
        wib(batasTanggapan),
        wib(batasSelesai),
        wib(tanggapanPertamaPada),
        wib(selesaiPada),
        dibuatOleh,
        wib(dibuatPada),
        terbuka && tanggapanPertamaPada == null && batasTanggapan.isBefore(kini),
        terbuka && batasSelesai.isBefore(kini),
        versi == null ? 0 : versi,
        tanggapan,
        lampiran,
        sesi);
  }

  String pengetahuanSolusi() {
    return pengetahuanSolusi;
  }

  Long ditugaskanAkunId() {
    return ditugaskanAkunId;
  }

  static OffsetDateTime wib(Instant t) {
    return t == null ? null : t.atZone(WIB).toOffsetDateTime();
  }

  /** What the audit trail keeps: never the description (it may name people). */
  Rekaman rekaman() {
    return new Rekaman(
        id,
        usahaId,
        koperasiId,
        kodeWilayah,
        geraiId,
        kategori,
        urgensi,
        saluran,
        status,
        ditugaskanAkunId,
        ditugaskanNama,
        ditugaskanPeran,
        rujukanProgram);
  }

  record Rekaman(
      Long id,
      Long usahaId,
      Long koperasiId,
      String kodeWilayah,
      Long geraiId,
      KategoriMasalah kategori,
      Urgensi urgensi,
      Saluran saluran,
      StatusKonsultasi status,
      Long ditugaskanAkunId,
      String ditugaskanNama,
      PeranTujuan ditugaskanPeran,
      String rujukanProgram) {}
}
