package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One worksheet row. {@code masukan} holds the statement figures the formula used (blank ones as
 * null); {@code takHingga} is +1 or -1 when the denominator was zero and the ratio is infinite;
 * {@code alasan} names why a row could not be scored, or why it was scored by a special rule
 * (nol-per-nol, penyebut-nol, penyebut-negatif).
 */
public record HasilKomponen(
    Komponen komponen,
    StatusKomponen status,
    Map<String, BigDecimal> masukan,
    BigDecimal pembilang,
    BigDecimal penyebut,
    BigDecimal rasio,
    int takHingga,
    BigDecimal nilai,
    BigDecimal skor,
    List<String> kurang,
    String alasan) {

  public boolean dihitung() {
    return status == StatusKomponen.DIHITUNG;
  }
}
