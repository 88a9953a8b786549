package id.gerai.koperasi.web;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.gerai.koperasi.PenilaianKesehatan;
import id.gerai.koperasi.kesehatan.HasilAspek;
import id.gerai.koperasi.kesehatan.HasilKomponen;
import id.gerai.koperasi.kesehatan.HasilPenilaian;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The worksheet as a PDF (OpenPDF), laid out like the supervisor's spreadsheet: one row per
 * component with formula, inputs, ratio, value, weight and score, aspect subtotals, the total and
 * the predicate, and the needs-verification marks with the rubric's sources.
 */
@Component
class PenilaianKesehatanPdf {

  private static final Font JUDUL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
  private static final Font TEBAL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
  private static final Font BIASA = FontFactory.getFont(FontFactory.HELVETICA, 8);
  private static final Font KECIL = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);
  private static final Color ABU = new Color(230, 236, 232);

  private final MessageSource pesan;
  private final KesehatanFormat format;

  PenilaianKesehatanPdf(MessageSource pesan, KesehatanFormat format) {
    this.pesan = pesan;
    this.format = format;
  }

  byte[] buat(PenilaianKesehatan p) {
    Locale locale = LocaleContextHolder.getLocale();
    ByteArrayOutputStream keluar = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
    PdfWriter.getInstance(doc, keluar);
    doc.open();
    doc.add(
        new Paragraph(
            t("koperasi.kesehatan.lembar.judul", locale, p.koperasi().nama(), p.tahun()), JUDUL));
    if (!p.dinilai()) {
      doc.add(new Paragraph(t("koperasi.kesehatan.lembar.keadaan." + p.keadaan(), locale), BIASA));
      doc.close();
      return keluar.toByteArray();
    }
    HasilPenilaian h = p.hasil();
    doc.add(
        new Paragraph(
            p.rubrik().regulasi() + " · " + p.rubrik().rubrik().judul().dalam(locale), BIASA));
    doc.add(
        new Paragraph(
            t("koperasi.kesehatan.lembar.status-laporan." + p.laporan().statusVerifikasi(), locale),
            BIASA));
    if (h.perluVerifikasi()) {
      doc.add(new Paragraph(t("koperasi.kesehatan.lembar.perlu-verifikasi-umum", locale), KECIL));
    }
    doc.add(new Paragraph(" "));
    doc.add(tabel(h, locale));
    doc.add(new Paragraph(" "));
    doc.add(new Paragraph(ringkasan(h, locale), JUDUL));
    if (!h.lengkap()) {
      String kurang =
          h.kurang().stream()
              .map(k -> pesan.getMessage("koperasi.kesehatan.pos." + k, null, k, locale))
              .collect(Collectors.joining(", "));
      doc.add(new Paragraph(t("koperasi.kesehatan.lembar.kurang", locale, kurang), BIASA));
    }
    doc.add(new Paragraph(p.rubrik().rubrik().sumber(), KECIL));
    doc.close();
    return keluar.toByteArray();
  }

  private String ringkasan(HasilPenilaian h, Locale locale) {
    if (!h.lengkap()) {
      return t("koperasi.kesehatan.lembar.tidak-lengkap", locale);
    }
    return t("koperasi.kesehatan.lembar.total", locale)
        + " "
        + format.desimal(h.total())
        + " · "
        + t("koperasi.kesehatan.predikat." + h.predikat(), locale);
  }

  private PdfPTable tabel(HasilPenilaian h, Locale locale) {
    PdfPTable tabel = new PdfPTable(new float[] {14, 18, 22, 10, 8, 8, 6, 7, 7});
    tabel.setWidthPercentage(100);
    tabel.setHeaderRows(1);
    for (String k :
        new String[] {
          "aspek", "komponen", "rumus", "masukan", "rasio", "nilai", "bobot", "skor", "catatan"
        }) {
      sel(tabel, t("koperasi.kesehatan.kolom." + k, locale), TEBAL, ABU);
    }
    for (HasilAspek a : h.aspek()) {
      for (HasilKomponen k : a.komponen()) {
        sel(tabel, a.aspek().nama().dalam(locale), BIASA, null);
        sel(tabel, k.komponen().nama().dalam(locale), BIASA, null);
        sel(tabel, k.komponen().rumus().dalam(locale), BIASA, null);
        sel(tabel, masukan(k, locale), KECIL, null);
        sel(tabel, rasio(k), BIASA, null);
        sel(tabel, format.desimal(k.nilai()), BIASA, null);
        sel(tabel, format.desimal(k.komponen().bobot()), BIASA, null);
        sel(tabel, format.desimal(k.skor()), BIASA, null);
        sel(tabel, catatan(k, locale), KECIL, null);
      }
      PdfPCell sub =
          new PdfPCell(
              new Phrase(
                  t("koperasi.kesehatan.lembar.subtotal", locale, a.aspek().nama().dalam(locale)),
                  TEBAL));
      sub.setColspan(6);
      sub.setBackgroundColor(ABU);
      tabel.addCell(sub);
      sel(tabel, format.desimal(a.aspek().bobot()), TEBAL, ABU);
      sel(tabel, a.lengkap() ? format.desimal(a.skor()) : "—", TEBAL, ABU);
      sel(tabel, "", TEBAL, ABU);
    }
    return tabel;
  }

  private String masukan(HasilKomponen k, Locale locale) {
    StringBuilder b = new StringBuilder();
    k.masukan()
        .forEach(
            (nama, v) ->
                b.append(pesan.getMessage("koperasi.kesehatan.pos." + nama, null, nama, locale))
                    .append(": ")
                    .append(v == null ? "—" : format.angka(v))
                    .append('\n'));
    return b.toString().strip();
  }

  private String rasio(HasilKomponen k) {
    if (k.takHingga() != 0) {
      return t(
          k.takHingga() > 0
              ? "koperasi.kesehatan.tak-hingga"
              : "koperasi.kesehatan.minus-tak-hingga",
          LocaleContextHolder.getLocale());
    }
    return k.rasio() == null ? "—" : format.desimal(k.rasio()) + "%";
  }

  private String catatan(HasilKomponen k, Locale locale) {
    StringBuilder b = new StringBuilder();
    if (!k.dihitung()) {
      b.append(t("koperasi.kesehatan.status." + k.status(), locale)).append(' ');
    }
    if (k.alasan() != null && !"kurang".equals(k.alasan())) {
      b.append(t("koperasi.kesehatan.alasan." + k.alasan(), locale)).append(' ');
    }
    if (k.komponen().perluVerifikasi()) {
      b.append(t("koperasi.kesehatan.lembar.perlu-verifikasi", locale));
    }
    return b.toString().strip();
  }

  private static void sel(PdfPTable tabel, String teks, Font font, Color latar) {
    PdfPCell c = new PdfPCell(new Phrase(teks == null ? "" : teks, font));
    c.setVerticalAlignment(Element.ALIGN_TOP);
    if (latar != null) {
      c.setBackgroundColor(latar);
    }
    tabel.addCell(c);
  }

  private String t(String kunci, Locale locale, Object... argumen) {
    return pesan.getMessage(kunci, argumen, kunci, locale);
  }
}
