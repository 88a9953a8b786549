package id.gerai.audit;

import id.gerai.shared.Jejak;
import id.gerai.shared.JejakMassal;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every {@link Jejak} as it is published. A plain (synchronous) listener runs inside the
 * publisher's transaction: the change and its trace commit together or not at all, and a trace that
 * cannot be written fails the change.
 */
@Component
class PencatatPerubahan {

  private final PenulisJejak penulis;

  PencatatPerubahan(PenulisJejak penulis) {
    this.penulis = penulis;
  }

  @EventListener
  void catat(Jejak jejak) {
    penulis.tulis(
        Pelaku.saatIni(),
        new PenulisJejak.Entri(
            jejak.aksi(),
            jejak.jenisRekaman(),
            jejak.idRekaman(),
            jejak.sebelum(),
            jejak.sesudah()));
  }

  @EventListener
  void catatSemua(JejakMassal massal) {
    penulis.tulisSemua(
        Pelaku.saatIni(),
        massal.isi().stream()
            .map(
                j ->
                    new PenulisJejak.Entri(
                        j.aksi(), j.jenisRekaman(), j.idRekaman(), j.sebelum(), j.sesudah()))
            .toList());
  }
}
