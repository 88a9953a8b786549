package id.gerai.koperasi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the rubric files shipped under {@code data/kesehatan} on start. Idempotent: a version
 * (regulation + effective date) already stored is left as it is, so a second start changes nothing
 * and a published version is never rewritten by an update of the product.
 */
@Component
@Order(30)
class RubrikPemuat implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(RubrikPemuat.class);
  static final String POLA = "classpath:data/kesehatan/*.json";

  private final RubrikService rubrik;

  RubrikPemuat(RubrikService rubrik) {
    this.rubrik = rubrik;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      for (Resource r : new PathMatchingResourcePatternResolver().getResources(POLA)) {
        try (InputStream in = r.getInputStream()) {
          if (rubrik.muatBawaan(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
            log.info("Health assessment rubric loaded: {}", r.getFilename());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
