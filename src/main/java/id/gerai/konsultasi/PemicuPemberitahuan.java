package id.gerai.konsultasi;

import id.gerai.shared.Jejak;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the trail of a case into notifications, in the same transaction: a case opened and routed
 * to a person or assigned to another person tells that person; an answer tells the other party. It
 * hears the {@link Jejak} every change of a case already publishes (synchronously, inside the
 * change's transaction), so the services need not know about notifications.
 */
@Component
class PemicuPemberitahuan {

  private final PemberitahuanKonsultasi pemberitahuan;
  private final JdbcClient jdbc;

  PemicuPemberitahuan(PemberitahuanKonsultasi pemberitahuan, JdbcClient jdbc) {
    this.pemberitahuan = pemberitahuan;
    this.jdbc = jdbc;
  }

  @EventListener
  void dengar(Jejak j) {
    if (!KonsultasiService.JENIS.equals(j.jenisRekaman())) {
      return;
    }
    switch (j.aksi()) {
      case "BUAT", "TUGASKAN" -> ditugaskan(j);
      case "TANGGAPAN" -> ditanggapi(j);
      default -> {
        // other changes tell nobody
      }
    }
  }

  private void ditugaskan(Jejak j) {
    Long sebelum = j.sebelum() instanceof Konsultasi.Rekaman r ? r.ditugaskanAkunId() : null;
    Long sesudah = j.sesudah() instanceof Konsultasi.Rekaman r ? r.ditugaskanAkunId() : null;
    if (sesudah != null && !Objects.equals(sebelum, sesudah)) {
      pemberitahuan.ditugaskan(Long.parseLong(j.idRekaman()));
    }
  }

  private void ditanggapi(Jejak j) {
    if (j.sesudah() instanceof Number tanggapan) {
      Long oleh =
          jdbc.sql("SELECT oleh_akun_id FROM tanggapan WHERE id = :id")
              .param("id", tanggapan.longValue())
              .query((rs, i) -> (Long) rs.getObject(1, Long.class))
              .optional()
              .orElse(null);
      pemberitahuan.ditanggapi(Long.parseLong(j.idRekaman()), oleh);
    }
  }
}
