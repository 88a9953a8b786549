package id.gerai.konsultasi;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A mentoring session, on a case or on a business; once logged it is kept as it was. */
@Table("sesi_pendampingan")
class SesiPendampingan {

  @Id private Long id;
  private final Long konsultasiId;
  private final Long usahaId;
  private final LocalDate tanggal;
  private final int durasiMenit;
  private final String topik;
  private final String catatan;
  private final String pendamping;
  private final Long pendampingAkunId;
  private final Instant dicatatPada;
  @Version private Integer versi;

  @PersistenceCreator
  SesiPendampingan(
      Long id,
      Long konsultasiId,
      Long usahaId,
      LocalDate tanggal,
      int durasiMenit,
      String topik,
      String catatan,
      String pendamping,
      Long pendampingAkunId,
      Instant dicatatPada) {
    this.id = id;
    this.konsultasiId = konsultasiId;
    this.usahaId = usahaId;
    this.tanggal = tanggal;
    this.durasiMenit = durasiMenit;
    this.topik = topik;
    this.catatan = catatan;
    this.pendamping = pendamping;
    this.pendampingAkunId = pendampingAkunId;
    this.dicatatPada = dicatatPada;
  }

  static SesiPendampingan catat(
      Long konsultasiId, Long usahaId, SesiBaru baru, Pemanggil p, Instant pada) {
    String catatan =
        baru.catatan() == null || baru.catatan().isBlank() ? null : baru.catatan().strip();
    return new SesiPendampingan(
        null,
        konsultasiId,
        usahaId,
        baru.tanggal(),
        baru.durasiMenit(),
        baru.topik().strip(),
        catatan,
        p.nama(),
        p.akunId(),
        pada);
  }

  Long id() {
    return id;
  }

  SesiRingkas ringkas() {
    return new SesiRingkas(
        id, konsultasiId, usahaId, tanggal, durasiMenit, topik, catatan, pendamping);
  }
}
