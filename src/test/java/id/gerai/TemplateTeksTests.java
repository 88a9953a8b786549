package id.gerai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No raw text in templates: every visible word comes from a message key, so the English switch
 * never leaves Indonesian behind (and the other way round). Text inside an element whose content
 * Thymeleaf replaces (th:text, th:utext, th:replace, th:insert) is only a design-time placeholder.
 */
class TemplateTeksTests {

  private static final Pattern TOKEN =
      Pattern.compile("<!--.*?-->|<(?:[^>\"']|\"[^\"]*\"|'[^']*')+>|[^<]+", Pattern.DOTALL);
  private static final Pattern NAMA_TAG = Pattern.compile("^</?\\s*([a-zA-Z0-9:-]+)");
  private static final Pattern ATRIBUT_TEKS =
      Pattern.compile("\\s(placeholder|title|aria-label|alt)=\"([^\"]*)\"");
  private static final Set<String> TANPA_PENUTUP =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");
  private static final Set<String> PENGGANTI_ISI =
      Set.of(
          "th:text",
          "th:utext",
          "th:replace",
          "th:insert",
          "data-th-text",
          "th:errors",
          "sec:authentication");

  @Test
  void templatesHoldNoRawText() throws IOException {
    List<String> temuan = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".html")).toList()) {
        temuan.addAll(periksa(p.toString(), Files.readString(p)));
      }
    }
    assertThat(temuan).isEmpty();
  }

  @Test
  void theCheckCatchesRawTextAndRawAttributes() {
    assertThat(periksa("uji", "<p>Halo</p>")).hasSize(1);
    assertThat(periksa("uji", "<input placeholder=\"Cari\">")).hasSize(1);
    assertThat(periksa("uji", "<p th:text=\"#{a}\">Halo <b>x</b></p><p> · </p>")).isEmpty();
    assertThat(periksa("uji", "<p th:if=\"${a > 1}\" th:text=\"#{b}\">x</p>")).isEmpty();
    assertThat(periksa("uji", "<html th:replace=\"~{x}\"><p>Halo</p></html>")).hasSize(1);
  }

  static List<String> periksa(String nama, String isi) {
    List<String> temuan = new ArrayList<>();
    Deque<Boolean> diganti = new ArrayDeque<>();
    Matcher m = TOKEN.matcher(isi);
    boolean dalamSkrip = false;
    while (m.find()) {
      String t = m.group();
      if (t.startsWith("<!")) {
        continue;
      }
      if (t.startsWith("<")) {
        dalamSkrip = tag(t, diganti, temuan, nama, dalamSkrip);
      } else if (!dalamSkrip
          && t.codePoints().anyMatch(Character::isLetter)
          && !diganti.contains(Boolean.TRUE)) {
        temuan.add(nama + ": text \"" + t.strip() + "\"");
      }
    }
    return temuan;
  }

  private static boolean tag(
      String t, Deque<Boolean> diganti, List<String> temuan, String nama, boolean dalamSkrip) {
    Matcher n = NAMA_TAG.matcher(t);
    if (!n.find()) {
      return dalamSkrip;
    }
    String tag = n.group(1).toLowerCase();
    if (t.startsWith("</")) {
      if (!TANPA_PENUTUP.contains(tag) && !diganti.isEmpty()) {
        diganti.pop();
      }
      return (tag.equals("script") || tag.equals("style")) ? false : dalamSkrip;
    }
    Matcher a = ATRIBUT_TEKS.matcher(t);
    while (a.find()) {
      if (a.group(2).codePoints().anyMatch(Character::isLetter)
          && !t.contains("th:" + a.group(1))
          && !t.contains("th:attr")) {
        temuan.add(nama + ": attribute " + a.group(1) + "=\"" + a.group(2) + "\"");
      }
    }
    if (!TANPA_PENUTUP.contains(tag) && !t.endsWith("/>")) {
      // The page's <html th:replace> only wraps it in the layout: its own text still shows.
      diganti.push(!tag.equals("html") && PENGGANTI_ISI.stream().anyMatch(t::contains));
    }
    return tag.equals("script") || tag.equals("style") || dalamSkrip;
  }
}
