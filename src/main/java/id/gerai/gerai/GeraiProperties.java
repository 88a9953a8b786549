package id.gerai.gerai;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gerai.gerai.*}: the map tile URL template ({@code {z}/{x}/{y}}; empty means a map without
 * tiles). Uploaded files live in the shared store ({@code gerai.berkas.dir}).
 */
@ConfigurationProperties("gerai.gerai")
public record GeraiProperties(@DefaultValue("") String tileUrl) {}
