package id.gerai.akun;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gerai.akun.*}: the first admin's password (random when empty), the absolute session
 * lifetime, and how many failed sign-ins lock an account or an address, for how long.
 */
@ConfigurationProperties("gerai.akun")
public record AkunProperties(
    String adminPassword,
    @DefaultValue("12h") Duration sessionAbsolute,
    @DefaultValue("5") int maxGagal,
    @DefaultValue("15m") Duration kunciSelama) {}
