package id.gerai.umkm.web;

import id.gerai.shared.Cakupan;
import id.gerai.shared.CsvSel;
import id.gerai.umkm.ImporBerkas;
import id.gerai.umkm.ImporGalat;
import id.gerai.umkm.ImporService;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The refused rows of an import as CSV (UTF-8 with BOM, {@code ;}), the original columns plus a
 * "Galat" column with the reasons; cells starting a formula are defused.
 */
@Component
class ImporTolakanCsv {

  private final ImporService impor;
  private final ImporTeks teks;
  private final MessageSource pesan;

  ImporTolakanCsv(ImporService impor, ImporTeks teks, MessageSource pesan) {
    this.impor = impor;
    this.teks = teks;
    this.pesan = pesan;
  }

  byte[] tulis(
      ImporBerkas berkas, Cakupan cakupan, java.util.Map<String, String> peta, Locale locale) {
    ByteArrayOutputStream keluar = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(keluar, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      impor.tolakan(
          berkas,
          cakupan,
          peta,
          (baris, galat) ->
              baris(w, baris, galat.isEmpty() ? judul(locale) : alasan(galat, locale)));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
    return keluar.toByteArray();
  }

  private String judul(Locale locale) {
    return pesan.getMessage("impor.kolom.galat", null, locale);
  }

  private String alasan(List<ImporGalat> galat, Locale locale) {
    return galat.stream()
        .map(g -> g.kolom() + ": " + teks.teks(g, locale))
        .collect(Collectors.joining(" | "));
  }

  private static void baris(Writer w, List<String> sel, String tambahan) {
    List<String> semua = new ArrayList<>(sel);
    semua.add(tambahan);
    try {
      w.write(CsvSel.baris(semua));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
