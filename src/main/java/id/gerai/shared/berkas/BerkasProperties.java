package id.gerai.shared.berkas;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code gerai.berkas.*}: the folder where every uploaded file is kept (back it up). */
@ConfigurationProperties("gerai.berkas")
public record BerkasProperties(@DefaultValue("./data/berkas") String dir) {}
