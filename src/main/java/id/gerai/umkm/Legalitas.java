package id.gerai.umkm;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A permit or certificate of a business. It is never deleted: when it stops being valid, its
 * validity is ended, so the history of what a business held stays.
 */
@Table("legalitas")
class Legalitas {

  @Id private Long id;
  private final long usahaId;
  private final LegalitasJenis jenis;
  private final String nomor;
  private final LocalDate tanggalTerbit;
  private LocalDate berlakuSampai;
  private final String dicatatOleh;
  private final Instant dicatatPada;
  @Version private int versi;

  @PersistenceCreator
  Legalitas(
      Long id,
      long usahaId,
      LegalitasJenis jenis,
      String nomor,
      LocalDate tanggalTerbit,
      LocalDate berlakuSampai,
      String dicatatOleh,
      Instant dicatatPada,
      int versi) {
    this.id = id;
    this.usahaId = usahaId;
    this.jenis = jenis;
    this.nomor = nomor;
    this.tanggalTerbit = tanggalTerbit;
    this.berlakuSampai = berlakuSampai;
    this.dicatatOleh = dicatatOleh;
    this.dicatatPada = dicatatPada;
    this.versi = versi;
  }

  /** A new permit from a checked command; the NIB number is stored without separators. */
  static Legalitas catat(long usahaId, LegalitasBaru baru, String oleh, Instant pada) {
    String nomor = LegalitasPeriksa.nomorRapi(baru.jenis(), baru.nomor());
    return new Legalitas(
        null,
        usahaId,
        baru.jenis(),
        nomor,
        baru.tanggalTerbit(),
        baru.berlakuSampai(),
        oleh,
        pada,
        0);
  }

  /** Ends validity on a day (not before issue, and never later than an expiry already set). */
  boolean akhiri(LocalDate tanggal) {
    if (tanggal.isBefore(tanggalTerbit)) {
      return false;
    }
    if (berlakuSampai == null || tanggal.isBefore(berlakuSampai)) {
      berlakuSampai = tanggal;
    }
    return true;
  }

  long usahaId() {
    return usahaId;
  }

  LegalitasData data() {
    return new LegalitasData(
        id == null ? 0 : id, usahaId, jenis, nomor, tanggalTerbit, berlakuSampai);
  }

  Long id() {
    return id;
  }
}
