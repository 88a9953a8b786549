package id.gerai.umkm;

import id.gerai.shared.MasukanTidakSah;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The list filter on the ladder's current rung, in SQL on a business aliased {@code u}: the same
 * rules as {@link TanggaNaikKelas} (a valid permit, an NIB in the register, online channels, the
 * bookkeeping and credit flags, workers of the latest year). A business stands on rung r when r and
 * every rung below it are reached and the next one is not, so filtering on the current rung also
 * filters on the next step. {@link #BELUM} selects businesses on no rung yet.
 */
final class TanggaSaringan {

  /** The filter value for businesses that have not reached the first rung. */
  static final String BELUM = "BELUM";

  private static final String BERLAKU =
      "(l.berlaku_sampai IS NULL OR l.berlaku_sampai >= :hariIniTangga)";

  private TanggaSaringan() {}

  /** The condition (starting with AND) for a filter value; bad values are a 400. */
  static String sql(String nilai, Map<String, Object> params) {
    String v = nilai.strip().toUpperCase(Locale.ROOT);
    int sampai;
    if (BELUM.equals(v)) {
      sampai = -1;
    } else {
      try {
        sampai = TanggaJenjang.valueOf(v).ordinal();
      } catch (IllegalArgumentException e) {
        throw new MasukanTidakSah("umkm.register.tangga-saringan", nilai.strip());
      }
    }
    TanggaJenjang[] semua = TanggaJenjang.values();
    List<String> syarat = new ArrayList<>();
    for (int i = 0; i <= sampai; i++) {
      syarat.add(tercapai(semua[i]));
    }
    if (sampai + 1 < semua.length) {
      syarat.add("NOT " + tercapai(semua[sampai + 1]));
    }
    params.put("hariIniTangga", BinaanService.hariIni());
    return " AND " + String.join(" AND ", syarat);
  }

  /** Whether a business has reached a rung; never NULL, so NOT works. */
  static String tercapai(TanggaJenjang j) {
    return switch (j) {
      case LEGAL ->
          "((u.nib IS NOT NULL AND u.nib <> '') OR EXISTS (SELECT 1 FROM legalitas l"
              + " WHERE l.usaha_id = u.id AND l.jenis = 'NIB' AND "
              + BERLAKU
              + "))";
      case BERSERTIFIKAT ->
          "EXISTS (SELECT 1 FROM legalitas l WHERE l.usaha_id = u.id AND l.jenis IN ("
              + sertifikat()
              + ") AND "
              + BERLAKU
              + ")";
      case DIGITAL -> daring();
      case PEMBUKUAN ->
          "EXISTS (SELECT 1 FROM tangga_usaha t WHERE t.usaha_id = u.id AND t.pembukuan = TRUE)";
      case PEMBIAYAAN ->
          "EXISTS (SELECT 1 FROM tangga_usaha t WHERE t.usaha_id = u.id"
              + " AND t.pembiayaan_formal = TRUE)";
      case MEMPEKERJAKAN ->
          "COALESCE((SELECT a.tenaga_kerja FROM angka_tahunan a WHERE a.usaha_id = u.id"
              + " ORDER BY a.tahun DESC LIMIT 1), 0) > 1";
    };
  }

  private static String sertifikat() {
    List<String> jenis = new ArrayList<>();
    for (LegalitasJenis j : LegalitasJenis.values()) {
      if (j.sertifikatProduk()) {
        jenis.add("'" + j.name() + "'");
      }
    }
    return String.join(", ", jenis);
  }

  /** Any online channel in the comma list, ignoring case and spaces as the ladder does. */
  private static String daring() {
    String daftar = "(',' || UPPER(REPLACE(COALESCE(u.saluran_penjualan, ''), ' ', '')) || ',')";
    List<String> atau = new ArrayList<>();
    TanggaNaikKelas.SALURAN_DARING.stream()
        .sorted()
        .forEach(s -> atau.add(daftar + " LIKE '%," + s + ",%'"));
    return "(" + String.join(" OR ", atau) + ")";
  }
}
