package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;
import java.util.List;

/** An aspect's rows and subtotal; the subtotal is null when a row could not be scored. */
public record HasilAspek(Aspek aspek, List<HasilKomponen> komponen, BigDecimal skor) {

  public boolean lengkap() {
    return skor != null;
  }
}
