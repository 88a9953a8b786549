package id.gerai.gerai;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One row of a gerai's status history; part of the {@link Gerai} aggregate. */
@Table("gerai_status_riwayat")
record CatatanStatus(
    GeraiStatus status, LocalDate berlakuSejak, String alasan, String oleh, Instant dicatatPada) {

  RiwayatStatus riwayat() {
    return new RiwayatStatus(status, berlakuSejak, alasan, oleh, dicatatPada);
  }
}
