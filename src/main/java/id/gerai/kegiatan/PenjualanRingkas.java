package id.gerai.kegiatan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A tenant's sales on one day, and the milestone it became (null while not). */
public record PenjualanRingkas(long id, LocalDate tanggal, BigDecimal nilai, Long tonggakId) {}
