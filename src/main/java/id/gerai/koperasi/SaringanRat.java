package id.gerai.koperasi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The list's RAT-compliance filter as SQL on a cooperative (alias k), for the fiscal year whose RAT
 * season is this year. The deadlines and whether they have passed come from {@link KepatuhanRat},
 * so the SQL only compares dates the rule computed and both always agree.
 */
@Component
class SaringanRat {

  private final RatProperties properties;

  SaringanRat(RatProperties properties) {
    this.properties = properties;
  }

  String syarat(StatusRat status, Map<String, Object> params) {
    return syarat(status, properties.hariIni(), params);
  }

  /** The condition as seen on {@code hariIni}, for the fiscal year before it. */
  String syarat(StatusRat status, LocalDate hariIni, Map<String, Object> params) {
    KepatuhanRat aturan = properties.aturan();
    int tahun = hariIni.getYear() - 1;
    params.put("ratTahun", tahun);
    params.put("ratBatasPrimer", aturan.batas(BentukKoperasi.PRIMER, tahun));
    params.put("ratBatasSekunder", aturan.batas(BentukKoperasi.SEKUNDER, tahun));
    params.put("ratAkhirTahun", LocalDate.of(tahun, 12, 31));
    String batas =
        "CASE WHEN k.bentuk = 'SEKUNDER' THEN :ratBatasSekunder ELSE :ratBatasPrimer END";
    String ada =
        "EXISTS (SELECT 1 FROM rat r WHERE r.koperasi_id = k.id AND r.tahun_buku = :ratTahun";
    String tidakAda = "NOT " + ada + ")";
    String wajib = "(k.tanggal_berdiri IS NULL OR k.tanggal_berdiri <= :ratAkhirTahun)";
    return switch (status) {
      case TEPAT_WAKTU -> ada + " AND r.tanggal <= " + batas + ")";
      case TERLAMBAT -> ada + " AND r.tanggal > " + batas + ")";
      case TIDAK_WAJIB -> tidakAda + " AND k.tanggal_berdiri > :ratAkhirTahun";
      case LEWAT_BATAS -> tidakAda + " AND " + wajib + " AND " + bentuk(true, tahun, hariIni);
      case BELUM_JATUH_TEMPO ->
          tidakAda + " AND " + wajib + " AND " + bentuk(false, tahun, hariIni);
    };
  }

  /** The forms whose deadline has (or has not) passed today, as a condition on k.bentuk. */
  private String bentuk(boolean lewat, int tahun, LocalDate hariIni) {
    KepatuhanRat aturan = properties.aturan();
    List<String> cocok = new ArrayList<>();
    for (BentukKoperasi b : BentukKoperasi.values()) {
      if (hariIni.isAfter(aturan.batas(b, tahun)) == lewat) {
        cocok.add("'" + b.name() + "'");
      }
    }
    return cocok.isEmpty() ? "1 = 0" : "k.bentuk IN (" + String.join(", ", cocok) + ")";
  }
}
