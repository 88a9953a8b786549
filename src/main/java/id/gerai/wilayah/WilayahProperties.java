package id.gerai.wilayah;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code gerai.wilayah.home}: the instance's own area, by default Kota Semarang (33.74). */
@ConfigurationProperties("gerai.wilayah")
public record WilayahProperties(@DefaultValue("33.74") String home) {}
