package id.gerai.audit;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What to look for in the trail; every part is optional. {@code jenis} and {@code id} name the
 * record ({@code jenis_rekaman}, {@code id_rekaman}); {@code dari} and {@code sampai} are whole
 * days, both included. Blank text means "any"; actions are matched in capitals.
 */
public record SaringanAudit(
    String pelaku,
    String jenis,
    String id,
    String aksi,
    @DateTimeFormat(iso = ISO.DATE) LocalDate dari,
    @DateTimeFormat(iso = ISO.DATE) LocalDate sampai) {

  public static final SaringanAudit SEMUA = new SaringanAudit(null, null, null, null, null, null);

  public SaringanAudit {
    pelaku = bersih(pelaku);
    jenis = bersih(jenis);
    id = bersih(id);
    aksi = bersih(aksi) == null ? null : aksi.trim().toUpperCase(Locale.ROOT);
  }

  private static String bersih(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
