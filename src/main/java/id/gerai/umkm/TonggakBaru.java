package id.gerai.umkm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Record a milestone: its kind, the day it happened, what happened, its value (required for a sales
 * change and for capital raised) and the program or activity it is attributed to.
 */
public record TonggakBaru(
    TonggakJenis jenis, LocalDate tanggal, String keterangan, BigDecimal nilai, String atribusi) {}
