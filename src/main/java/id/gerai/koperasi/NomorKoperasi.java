package id.gerai.koperasi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Pattern checks of a cooperative's numbers (DOMAIN.md 3). Neither format is confirmed as
 * normative, so a number that does not match is kept as typed and only earns a warning.
 */
final class NomorKoperasi {

  /** The AHU (Kemenkumham) form, e.g. AHU-0001234.AH.01.26.TAHUN 2021. */
  private static final Pattern AHU =
      Pattern.compile("AHU-\\d{6,7}\\.AH\\.01\\.26\\.TAHUN \\d{4}", Pattern.CASE_INSENSITIVE);

  /** The older Kemenkop or Dinas form, e.g. 1234/BH/XIV/1998 or 518/BH/KDK.11/IV/2005. */
  private static final Pattern LAMA =
      Pattern.compile("[0-9A-Z.]+/BH/[0-9A-Z./-]+/\\d{4}", Pattern.CASE_INSENSITIVE);

  private static final Pattern NIK_KOPERASI = Pattern.compile("\\d{16}");

  private NomorKoperasi() {}

  /** Message keys of the warnings for these numbers (empty when both look right or are empty). */
  static List<String> peringatan(String nomorBadanHukum, String nomorIndukKoperasi) {
    List<String> p = new ArrayList<>();
    if (nomorBadanHukum != null
        && !AHU.matcher(nomorBadanHukum).matches()
        && !LAMA.matcher(nomorBadanHukum).matches()) {
      p.add("koperasi.peringatan.badan-hukum");
    }
    if (nomorIndukKoperasi != null && !NIK_KOPERASI.matcher(nomorIndukKoperasi).matches()) {
      p.add("koperasi.peringatan.nik-koperasi");
    }
    return p;
  }

  /** Spaces squeezed, ends trimmed; empty becomes null. */
  static String rapikan(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    return s.strip().replaceAll("\\s+", " ");
  }

  /** The Nomor Induk Koperasi without the separators people type (spaces, dots, dashes). */
  static String rapikanNik(String s) {
    String r = rapikan(s);
    return r == null ? null : r.replaceAll("[\\s.-]", "");
  }
}
