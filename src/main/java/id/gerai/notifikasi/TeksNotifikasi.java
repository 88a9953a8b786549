package id.gerai.notifikasi;

import id.gerai.shared.Pemberitahuan;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a stored key and its arguments into text in one language: the notification itself, the
 * prepared WhatsApp message and the email. A key no bundle knows falls back to the kind's default
 * text, so a sender's typo never shows a raw key.
 */
@Component
class TeksNotifikasi {

  private final MessageSource pesan;

  TeksNotifikasi(MessageSource pesan) {
    this.pesan = pesan;
  }

  static String kodeBawaan(Pemberitahuan.Jenis jenis) {
    return "notifikasi.pesan." + jenis.name();
  }

  String teks(Pemberitahuan.Jenis jenis, String kode, List<String> argumen, Locale bahasa) {
    Object[] args = argumen.toArray();
    String teks = pesan.getMessage(kode, args, null, bahasa);
    return teks != null ? teks : pesan.getMessage(kodeBawaan(jenis), args, bahasa);
  }

  /** A sender may give its own WhatsApp text as its key plus .wa; else the kind's default. */
  String pesanWhatsApp(
      Pemberitahuan.Jenis jenis, String kode, List<String> argumen, Locale bahasa) {
    Object[] args = argumen.toArray();
    String teks = pesan.getMessage(kode + ".wa", args, null, bahasa);
    return teks != null ? teks : pesan.getMessage("notifikasi.wa." + jenis.name(), args, bahasa);
  }

  String jenis(Pemberitahuan.Jenis jenis, Locale bahasa) {
    return pesan.getMessage("notifikasi.jenis." + jenis.name(), null, bahasa);
  }

  String subjekSurel(Pemberitahuan.Jenis jenis, Locale bahasa) {
    return pesan.getMessage("notifikasi.surel.subjek", new Object[] {jenis(jenis, bahasa)}, bahasa);
  }

  String isiSurel(String nama, String teks, String tautan, Locale bahasa) {
    return pesan.getMessage("notifikasi.surel.isi", new Object[] {nama, teks, tautan}, bahasa);
  }
}
