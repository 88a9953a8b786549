package id.gerai.gerai;

import id.gerai.shared.berkas.AturanBerkas;
import id.gerai.shared.berkas.JenisBerkas;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code gerai.pengurus.*}: the positions every gerai must fill, the largest decree PDF accepted,
 * and the time zone whose calendar decides whether a term is current.
 */
@ConfigurationProperties("gerai.pengurus")
public record PengurusProperties(
    @DefaultValue({"KETUA", "SEKRETARIS", "BENDAHARA"}) List<Jabatan> jabatanWajib,
    @DefaultValue("5MB") DataSize berkasMaks,
    @DefaultValue("Asia/Jakarta") String zonaWaktu) {

  /** The largest PDF as people read it, e.g. "5 MB". */
  public String berkasMaksTeks() {
    long b = berkasMaks.toBytes();
    return b >= 1 << 20 ? (b >> 20) + " MB" : Math.max(1, b >> 10) + " KB";
  }

  /** Decrees are PDFs only, up to {@code berkas-maks}. */
  public AturanBerkas aturanBerkas() {
    return AturanBerkas.dari(berkasMaks, JenisBerkas.PDF);
  }

  ZoneId zona() {
    return ZoneId.of(zonaWaktu);
  }
}
