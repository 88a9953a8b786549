package id.gerai.notifikasi;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gerai.notifikasi.*}: whether notifications are also mailed (off by default; the SMTP
 * server itself is {@code spring.mail.*}), the sender address, and the site address that turns a
 * notification's path into a link in the email (empty: the path alone).
 */
@ConfigurationProperties("gerai.notifikasi")
public record NotifikasiProperties(
    @DefaultValue Email email, @DefaultValue("") String alamatSitus) {

  /**
   * Email delivery. A failed email is tried again after {@code jedaAwal}, doubling each time up to
   * {@code jedaMaks}, at most {@code maksPercobaan} attempts in all; the retry job leaves a new
   * email to the sending thread for {@code tenggat} before it takes it over (say after a restart).
   */
  public record Email(
      @DefaultValue("false") boolean aktif,
      @DefaultValue("gerai@localhost") String dari,
      @DefaultValue("8") int maksPercobaan,
      @DefaultValue("1m") Duration jedaAwal,
      @DefaultValue("6h") Duration jedaMaks,
      @DefaultValue("2m") Duration tenggat) {}
}
