package id.gerai.umkm;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A business's enrolment as mentored (binaan) by Dinkop: since when, by which mentor, with what
 * target, until when. It is never deleted; it is ended instead, so past mentoring stays visible.
 */
@Table("binaan")
class Binaan {

  @Id private Long id;
  private final long usahaId;
  private final String pendamping;
  private final Long pendampingAkunId;
  private final LocalDate sejak;
  private LocalDate sampai;
  private final String target;
  private final String dicatatOleh;
  private final Instant dicatatPada;
  @Version private int versi;

  @PersistenceCreator
  Binaan(
      Long id,
      long usahaId,
      String pendamping,
      Long pendampingAkunId,
      LocalDate sejak,
      LocalDate sampai,
      String target,
      String dicatatOleh,
      Instant dicatatPada,
      int versi) {
    this.id = id;
    this.usahaId = usahaId;
    this.pendamping = pendamping;
    this.pendampingAkunId = pendampingAkunId;
    this.sejak = sejak;
    this.sampai = sampai;
    this.target = target;
    this.dicatatOleh = dicatatOleh;
    this.dicatatPada = dicatatPada;
    this.versi = versi;
  }

  /** A new enrolment from a checked command. */
  static Binaan daftarkan(long usahaId, BinaanBaru baru, String oleh, Instant pada) {
    return new Binaan(
        null,
        usahaId,
        baru.pendamping().strip(),
        baru.pendampingAkunId(),
        baru.sejak(),
        baru.sampai(),
        BinaanPeriksa.rapi(baru.target()),
        oleh,
        pada,
        0);
  }

  /** Ends the enrolment on a day (not before it began, never later than an end already set). */
  boolean akhiri(LocalDate tanggal) {
    if (tanggal.isBefore(sejak)) {
      return false;
    }
    if (sampai == null || tanggal.isBefore(sampai)) {
      sampai = tanggal;
    }
    return true;
  }

  long usahaId() {
    return usahaId;
  }

  Long id() {
    return id;
  }

  BinaanData data() {
    return new BinaanData(
        id == null ? 0 : id, usahaId, pendamping, pendampingAkunId, sejak, sampai, target);
  }

  /** What the audit trail keeps of an enrolment. */
  record BinaanData(
      long id,
      long usahaId,
      String pendamping,
      Long pendampingAkunId,
      LocalDate sejak,
      LocalDate sampai,
      String target) {}
}
