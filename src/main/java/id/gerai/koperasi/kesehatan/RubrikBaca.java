package id.gerai.koperasi.kesehatan;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a rubric file (JSON, format 1; see docs/kesehatan.md). Unknown fields are refused so that a
 * misspelt field never silently drops a rule.
 */
public final class RubrikBaca {

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private RubrikBaca() {}

  /** The rubric, or empty when the text is not a rubric file at all. */
  public static Optional<Rubrik> baca(String teks) {
    try {
      return Optional.ofNullable(JSON.readValue(teks, Rubrik.class));
    } catch (JacksonException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static Optional<Rubrik> baca(InputStream masuk) throws IOException {
    return baca(new String(masuk.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
  }
}
