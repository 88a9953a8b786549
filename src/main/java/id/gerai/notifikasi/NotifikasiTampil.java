package id.gerai.notifikasi;

import id.gerai.shared.Pemberitahuan;
import java.time.OffsetDateTime;

/**
 * One notification as its recipient sees it, its text already in the reader's language. {@code
 * whatsapp} is a click-to-chat link with a prepared message when the notification carries a phone
 * number, else null.
 */
public record NotifikasiTampil(
    long id,
    Pemberitahuan.Jenis jenis,
    String teks,
    String tautan,
    OffsetDateTime dibuatPada,
    boolean dibaca,
    String whatsapp) {}
