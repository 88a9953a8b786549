package id.gerai.umkm;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code gerai.bukti.*}: the largest evidence file accepted (KTP scans, photos, permits). */
@ConfigurationProperties("gerai.bukti")
public record BuktiProperties(@DefaultValue("5MB") DataSize maks) {}
