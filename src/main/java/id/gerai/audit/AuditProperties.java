package id.gerai.audit;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code gerai.audit.*}: the time zone in which the trail's days begin and end (a filter "from 1 to
 * 3 March" means those days on the office's clock) and in which times are shown.
 */
@ConfigurationProperties("gerai.audit")
public record AuditProperties(@DefaultValue("Asia/Jakarta") ZoneId zona) {}
