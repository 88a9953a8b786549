package id.gerai.koperasi.kesehatan;

import java.util.Locale;

/** A text of the rubric in Indonesian and English; English falls back to Indonesian. */
public record Teks(String id, String en) {

  public String dalam(Locale locale) {
    boolean inggris = locale != null && "en".equals(locale.getLanguage());
    return inggris && en != null && !en.isBlank() ? en : id;
  }
}
