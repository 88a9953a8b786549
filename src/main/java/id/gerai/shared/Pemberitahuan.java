package id.gerai.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something a person should hear about: a case assigned to them, an answer, an overdue case, a
 * report falling due, a registration confirmed. Any module publishes it with {@code
 * ApplicationEventPublisher} inside the transaction of the change that causes it; the notifikasi
 * module stores one notification per recipient once that transaction commits (none when it rolls
 * back) and mails it when email is configured. A failure there never breaks the sender.
 *
 * <p>The text is not rendered by the sender: {@code kodePesan} is a message key in any bundle (null
 * means the default key {@code notifikasi.pesan.JENIS}) and {@code argumen} its arguments as plain
 * strings, so each recipient reads it in their own language. {@code tautan} is a path inside the
 * application, starting with a single slash (for example /konsultasi/12). {@code telepon} is an
 * optional phone number of the person the notification is about (say the business owner who brought
 * a case): pages then offer a WhatsApp click-to-chat link with a prepared message.
 *
 * @param penerima the recipients' account ids, at least one
 * @param jenis what happened
 * @param kodePesan the message key, or null for the kind's default text
 * @param argumen the message arguments, in order
 * @param tautan where the notification leads, a path inside the application
 * @param telepon a phone number to offer a WhatsApp link to, or null
 */
public record Pemberitahuan(
    List<Long> penerima,
    Jenis jenis,
    String kodePesan,
    List<String> argumen,
    String tautan,
    String telepon) {

  /** What a notification is about. */
  public enum Jenis {
    /** A case was assigned to the recipient. */
    PENUGASAN,
    /** A case the recipient follows got an answer. */
    TANGGAPAN,
    /** A case passed its response or resolution target. */
    TERLAMBAT,
    /** A periodic gerai report falls due. */
    LAPORAN_JATUH_TEMPO,
    /** A registration for an activity was confirmed. */
    PENDAFTARAN_DIKONFIRMASI
  }

  public Pemberitahuan {
    Objects.requireNonNull(jenis, "jenis");
    penerima = List.copyOf(Objects.requireNonNull(penerima, "penerima"));
    argumen = argumen == null ? List.of() : argumen.stream().map(a -> a == null ? "" : a).toList();
    if (penerima.isEmpty()) {
      throw new IllegalArgumentException("A notification needs at least one recipient");
    }
    if (tautan == null
        || !tautan.startsWith("/")
        || tautan.startsWith("//")
        || tautan.contains("\\")) {
      throw new IllegalArgumentException("The link must be a path inside the application");
    }
  }

  /** One recipient, the kind's default text, no phone; arguments turned into strings. */
  public static Pemberitahuan untuk(long akunId, Jenis jenis, String tautan, Object... argumen) {
    return new Pemberitahuan(List.of(akunId), jenis, null, teks(argumen), tautan, null);
  }

  /** The same notification with its own message key. */
  public Pemberitahuan denganPesan(String kode, Object... args) {
    return new Pemberitahuan(penerima, jenis, kode, teks(args), tautan, telepon);
  }

  /** The same notification offering a WhatsApp link to this phone number. */
  public Pemberitahuan denganTelepon(String nomor) {
    return new Pemberitahuan(penerima, jenis, kodePesan, argumen, tautan, nomor);
  }

  /** The same notification for these recipients. */
  public Pemberitahuan kepada(List<Long> akunIds) {
    return new Pemberitahuan(akunIds, jenis, kodePesan, argumen, tautan, telepon);
  }

  private static List<String> teks(Object... nilai) {
    return nilai == null
        ? List.of()
        : Arrays.stream(nilai).map(n -> n == null ? "" : String.valueOf(n)).toList();
  }
}
