package id.gerai.konsultasi;

import id.gerai.shared.MasukanTidakSah;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A status change the case's state does not allow. Pages show it as a 400 message; the API answers
 * 409 (the request is well formed, the case's state conflicts with it). The statuses are passed as
 * resolvable labels so the message reads in the user's language.
 */
public class TransisiDitolak extends MasukanTidakSah {

  public TransisiDitolak(StatusKonsultasi dari, StatusKonsultasi ke) {
    super("konsultasi.status.ditolak", label(dari), label(ke));
  }

  private static DefaultMessageSourceResolvable label(StatusKonsultasi s) {
    return new DefaultMessageSourceResolvable(
        new String[] {"konsultasi.status." + s.name()}, s.name());
  }
}
