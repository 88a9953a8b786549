package id.gerai.gerai;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gerai.gerai.*}: the map tile URL template ({@code {z}/{x}/{y}}; empty means a map without
 * tiles) and the folder where decree documents and other officer files are kept.
 */
@ConfigurationProperties("gerai.gerai")
public record GeraiProperties(
    @DefaultValue("") String tileUrl, @DefaultValue("./data/berkas") String berkasDir) {}
