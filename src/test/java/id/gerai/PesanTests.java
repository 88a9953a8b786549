package id.gerai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text in both languages: each Indonesian bundle has an English twin with the same keys. */
class PesanTests {

  static final Path SUMBER = Path.of("src/main/resources");

  @Test
  void everyBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
    List<Path> dasar = bundelDasar();
    assertThat(dasar).isNotEmpty();
    for (Path id : dasar) {
      Path en =
          id.resolveSibling(id.getFileName().toString().replace(".properties", "_en.properties"));
      assertThat(en).as("English twin of %s", id).exists();
      Set<String> kunciId = kunci(id);
      Set<String> kunciEn = kunci(en);
      assertThat(kunciEn).as("keys missing in %s", en).containsAll(kunciId);
      assertThat(kunciId).as("keys missing in %s", id).containsAll(kunciEn);
    }
  }

  @Test
  void noMessageIsEmpty() throws IOException {
    for (Path p : semuaBundel()) {
      Properties props = muat(p);
      for (String k : props.stringPropertyNames()) {
        assertThat(props.getProperty(k)).as("%s in %s", k, p).isNotBlank();
      }
    }
  }

  static List<Path> bundelDasar() throws IOException {
    List<Path> hasil = new ArrayList<>();
    for (Path p : semuaBundel()) {
      if (!p.getFileName().toString().contains("_")) {
        hasil.add(p);
      }
    }
    return hasil;
  }

  static List<Path> semuaBundel() throws IOException {
    List<Path> hasil = new ArrayList<>();
    hasil.add(SUMBER.resolve("messages.properties"));
    hasil.add(SUMBER.resolve("messages_en.properties"));
    try (Stream<Path> s = Files.list(SUMBER.resolve("i18n"))) {
      s.filter(p -> p.toString().endsWith(".properties")).sorted().forEach(hasil::add);
    }
    return hasil;
  }

  static Set<String> kunci(Path p) throws IOException {
    return new TreeSet<>(muat(p).stringPropertyNames());
  }

  static Properties muat(Path p) throws IOException {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      props.load(r);
    }
    return props;
  }
}
