package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;

/**
 * One term of a linear formula: a coefficient times a named figure (an input of the statements or a
 * derived quantity), or a constant when the name is absent. Formulas are sums of terms: no
 * expression language, nothing to execute.
 */
public record Suku(BigDecimal k, String x) {

  public boolean konstanta() {
    return x == null || x.isBlank();
  }
}
