package id.gerai.koperasi.kesehatan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A component: ratio = numerator ÷ denominator × 100, its value from the table (or the ratio), and
 * score = value × weight ÷ 100. {@code nolPerNol} is the value given when both sides are zero (an
 * interpretation the data must flag), absent when 0 ÷ 0 cannot be scored. {@code keyakinan} is the
 * source strength as DOMAIN.md writes it (2+ or 1).
 */
public record Komponen(
    String kode,
    Teks nama,
    BigDecimal bobot,
    Teks rumus,
    List<Suku> pembilang,
    List<Suku> penyebut,
    Penilaian penilaian,
    List<BarisTabel> tabel,
    BigDecimal nolPerNol,
    String sumber,
    String keyakinan,
    boolean perluVerifikasi,
    Teks catatan) {

  public List<BarisTabel> tabel() {
    return tabel == null ? List.of() : tabel;
  }
}
