package id.gerai.koperasi.kesehatan;

import id.gerai.koperasi.PredikatKesehatan;
import java.math.BigDecimal;
import java.util.List;

/**
 * A whole worksheet. When any row could not be scored the assessment is incomplete: no total and no
 * predicate, and {@code kurang} names the blank inputs ({@code tidakTerdefinisi} the components
 * whose ratio has no meaning).
 */
public record HasilPenilaian(
    Rubrik rubrik,
    List<HasilAspek> aspek,
    BigDecimal total,
    PredikatKesehatan predikat,
    List<String> kurang,
    List<String> tidakTerdefinisi,
    boolean perluVerifikasi) {

  public boolean lengkap() {
    return total != null;
  }
}
