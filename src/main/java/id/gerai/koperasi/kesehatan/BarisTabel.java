package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;

/** A row of a scoring table: a ratio interval written as {@code (20,40]} and its value. */
public record BarisTabel(String rentang, BigDecimal nilai) {

  public Rentang interval() {
    return Rentang.baca(rentang);
  }
}
