package id.gerai.konsultasi;

import id.gerai.shared.Pemberitahuan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notifications a case causes, published inside the change's transaction: assigned (to the
 * assignee's account), answered (to the other party: the owner's account and the assignee, never
 * the one who wrote), overdue (to the assignee). A case routed to a role's queue has no account to
 * tell.
 */
@Component
class PemberitahuanKonsultasi {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  PemberitahuanKonsultasi(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  /** Who a case concerns, read after the change was written in the same transaction. */
  record Pihak(long id, String nama, Long pemilik, Long ditugaskan) {}

  void ditugaskan(long id) {
    pihak(id)
        .filter(p -> p.ditugaskan() != null)
        .ifPresent(
            p ->
                events.publishEvent(
                    Pemberitahuan.untuk(
                        p.ditugaskan(), Pemberitahuan.Jenis.PENUGASAN, tautan(id), p.nama())));
  }

  void ditanggapi(long id, Long olehAkunId) {
    pihak(id)
        .ifPresent(
            p -> {
              Set<Long> penerima = new LinkedHashSet<>();
              if (p.pemilik() != null) {
                penerima.add(p.pemilik());
              }
              if (p.ditugaskan() != null) {
                penerima.add(p.ditugaskan());
              }
              penerima.remove(olehAkunId);
              if (!penerima.isEmpty()) {
                events.publishEvent(
                    Pemberitahuan.untuk(0, Pemberitahuan.Jenis.TANGGAPAN, tautan(id), p.nama())
                        .kepada(List.copyOf(penerima)));
              }
            });
  }

  void terlambat(long id, String nama, long akunId, String sasaran) {
    events.publishEvent(
        Pemberitahuan.untuk(akunId, Pemberitahuan.Jenis.TERLAMBAT, tautan(id), nama)
            .denganPesan("konsultasi.notifikasi.terlambat." + sasaran.toLowerCase(), nama));
  }

  private Optional<Pihak> pihak(long id) {
    return jdbc.sql(
            "SELECT id, nama_subjek, pemilik_akun_id, ditugaskan_akun_id FROM konsultasi"
                + " WHERE id = :id")
        .param("id", id)
        .query(
            (rs, i) ->
                new Pihak(
                    rs.getLong("id"),
                    rs.getString("nama_subjek"),
                    (Long) rs.getObject("pemilik_akun_id", Long.class),
                    (Long) rs.getObject("ditugaskan_akun_id", Long.class)))
        .optional();
  }

  private static String tautan(long id) {
    return "/konsultasi/" + id;
  }
}
