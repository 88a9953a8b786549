package id.gerai.notifikasi;

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

  /** Email delivery. */
  public record Email(
      @DefaultValue("false") boolean aktif, @DefaultValue("gerai@localhost") String dari) {}
}
