package id.gerai.umkm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dated milestone of a business (new permit, sales change, jobs added, capital raised, class
 * change) with the program or activity it is attributed to. Only verified milestones count.
 */
@Table("tonggak")
class Tonggak {

  @Id private Long id;
  private final long usahaId;
  private final TonggakJenis jenis;
  private final LocalDate tanggal;
  private final String keterangan;
  private final BigDecimal nilai;
  private final String atribusi;
  private VerifikasiStatus statusVerifikasi;
  private String diverifikasiOleh;
  private Instant diverifikasiPada;
  private final String dicatatOleh;
  private final Instant dicatatPada;
  @Version private int versi;

  @PersistenceCreator
  Tonggak(
      Long id,
      long usahaId,
      TonggakJenis jenis,
      LocalDate tanggal,
      String keterangan,
      BigDecimal nilai,
      String atribusi,
      VerifikasiStatus statusVerifikasi,
      String diverifikasiOleh,
      Instant diverifikasiPada,
      String dicatatOleh,
      Instant dicatatPada,
      int versi) {
    this.id = id;
    this.usahaId = usahaId;
    this.jenis = jenis;
    this.tanggal = tanggal;
    this.keterangan = keterangan;
    this.nilai = nilai;
    this.atribusi = atribusi;
    this.statusVerifikasi = statusVerifikasi;
    this.diverifikasiOleh = diverifikasiOleh;
    this.diverifikasiPada = diverifikasiPada;
    this.dicatatOleh = dicatatOleh;
    this.dicatatPada = dicatatPada;
    this.versi = versi;
  }

  /** A new milestone from a checked command; verified at once when a verifier records it. */
  static Tonggak catat(
      long usahaId, TonggakBaru baru, boolean terverifikasi, String oleh, Instant pada) {
    return new Tonggak(
        null,
        usahaId,
        baru.jenis(),
        baru.tanggal(),
        BinaanPeriksa.rapi(baru.keterangan()),
        baru.nilai(),
        BinaanPeriksa.rapi(baru.atribusi()),
        terverifikasi ? VerifikasiStatus.TERVERIFIKASI : VerifikasiStatus.BELUM,
        terverifikasi ? oleh : null,
        terverifikasi ? pada : null,
        oleh,
        pada,
        0);
  }

  /** Marks it verified; false when it already was. */
  boolean verifikasi(String oleh, Instant pada) {
    if (statusVerifikasi == VerifikasiStatus.TERVERIFIKASI) {
      return false;
    }
    statusVerifikasi = VerifikasiStatus.TERVERIFIKASI;
    diverifikasiOleh = oleh;
    diverifikasiPada = pada;
    return true;
  }

  long usahaId() {
    return usahaId;
  }

  Long id() {
    return id;
  }

  TonggakData data() {
    return new TonggakData(
        id == null ? 0 : id,
        usahaId,
        jenis,
        tanggal,
        keterangan,
        nilai,
        atribusi,
        statusVerifikasi);
  }

  /** What the audit trail keeps of a milestone. */
  record TonggakData(
      long id,
      long usahaId,
      TonggakJenis jenis,
      LocalDate tanggal,
      String keterangan,
      BigDecimal nilai,
      String atribusi,
      VerifikasiStatus statusVerifikasi) {}
}
