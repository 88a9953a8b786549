package id.gerai.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the periodic jobs (overdue cases, reports falling due). {@code gerai.jadwal.aktif=false}
 * switches them all off: tests do, and call the jobs themselves with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "gerai.jadwal.aktif", havingValue = "true", matchIfMissing = true)
class JadwalConfig {}
