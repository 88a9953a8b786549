package id.gerai.umkm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks on a permit before it is recorded, from DOMAIN.md sections 4 and 7: an NIB is exactly
 * 13 digits and has no expiry; a P-IRT number has at least 15 digits (only a warning: the meaning
 * of its other digits is unconfirmed); an SPP-IRT is valid at most 5 years (a warning); a permit
 * never expires before it is issued. Pure Java: no Spring.
 */
public final class LegalitasPeriksa {

  static final int NOMOR_MAKS = 100;
  static final int PIRT_DIGIT_MIN = 15;
  static final int PIRT_TAHUN_MAKS = 5;

  private LegalitasPeriksa() {}

  /** The outcome: errors by field (message keys) that stop the record, and warnings that do not. */
  public record Hasil(Map<String, String> galat, List<String> peringatan) {

    public Hasil {
      galat = Map.copyOf(galat);
      peringatan = List.copyOf(peringatan);
    }

    public boolean sah() {
      return galat.isEmpty();
    }
  }

  public static Hasil periksa(LegalitasBaru baru) {
    Map<String, String> galat = new LinkedHashMap<>();
    List<String> peringatan = new ArrayList<>();
    if (baru.jenis() == null) {
      galat.put("jenis", "umkm.legalitas.jenis.wajib");
    }
    periksaNomor(baru, galat, peringatan);
    periksaTanggal(baru, galat, peringatan);
    return new Hasil(galat, peringatan);
  }

  /** The number as stored: an NIB without spaces, dots and dashes, anything else trimmed. */
  public static String nomorRapi(LegalitasJenis jenis, String nomor) {
    if (nomor == null) {
      return null;
    }
    return jenis == LegalitasJenis.NIB ? Nib.rapikan(nomor) : nomor.strip();
  }

  private static void periksaNomor(LegalitasBaru b, Map<String, String> galat, List<String> per) {
    if (b.nomor() == null || b.nomor().isBlank()) {
      galat.put("nomor", "umkm.legalitas.nomor.wajib");
    } else if (b.nomor().strip().length() > NOMOR_MAKS) {
      galat.put("nomor", "umkm.legalitas.nomor.panjang");
    } else if (b.jenis() == LegalitasJenis.NIB && !Nib.periksa(b.nomor()).sah()) {
      galat.put("nomor", "umkm.nib.tidak-sah");
    } else if (b.jenis() == LegalitasJenis.PIRT && digit(b.nomor()) < PIRT_DIGIT_MIN) {
      per.add("umkm.legalitas.pirt.pendek");
    }
  }

  private static void periksaTanggal(LegalitasBaru b, Map<String, String> galat, List<String> per) {
    LocalDate terbit = b.tanggalTerbit();
    LocalDate sampai = b.berlakuSampai();
    if (terbit == null) {
      galat.put("tanggalTerbit", "umkm.legalitas.terbit.wajib");
    }
    if (b.jenis() == LegalitasJenis.NIB && sampai != null) {
      galat.put("berlakuSampai", "umkm.legalitas.nib.tanpa-masa-berlaku");
    } else if (terbit != null && sampai != null && sampai.isBefore(terbit)) {
      galat.put("berlakuSampai", "umkm.legalitas.berlaku.sebelum-terbit");
    } else if (b.jenis() == LegalitasJenis.PIRT && terbit != null && sampai != null) {
      if (sampai.isAfter(terbit.plusYears(PIRT_TAHUN_MAKS))) {
        per.add("umkm.legalitas.pirt.lebih-5-tahun");
      }
    }
  }

  private static long digit(String s) {
    return s.chars().filter(Character::isDigit).count();
  }
}
