package id.gerai.kegiatan;

import id.gerai.shared.Jejak;
import id.gerai.shared.Pemberitahuan;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the owner of a registered business that its place is confirmed: at registration when a
 * place was free, or when it moves up from the waiting list. It hears the {@link Jejak} of the
 * registration (synchronously, inside its transaction) and publishes a {@link Pemberitahuan} to the
 * business actor's account when the business has one. The link leads to the business page, which
 * lists its activities: a business actor cannot open the activity itself.
 */
@Component
class PemberitahuanPendaftaran {

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  PemberitahuanPendaftaran(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  @EventListener
  void dengar(Jejak j) {
    if (PesertaService.JENIS_JEJAK.equals(j.jenisRekaman())
        && ("BUAT".equals(j.aksi()) || "NAIK_DARI_ANTREAN".equals(j.aksi()))
        && j.sesudah() instanceof PesertaRingkas p
        && p.status() == PesertaStatus.TERDAFTAR
        && p.usahaId() != null) {
      beritahu(p);
    }
  }

  private record Pemilik(long akun, String judul) {}

  private void beritahu(PesertaRingkas p) {
    jdbc.sql(
            "SELECT pu.akun_id, k.judul FROM usaha u JOIN pelaku_usaha pu"
                + " ON pu.id = u.pelaku_usaha_id JOIN kegiatan k ON k.id = :k"
                + " WHERE u.id = :u AND pu.akun_id IS NOT NULL")
        .param("k", p.kegiatanId())
        .param("u", p.usahaId())
        .query((rs, i) -> new Pemilik(rs.getLong(1), rs.getString(2)))
        .optional()
        .ifPresent(
            r ->
                events.publishEvent(
                    Pemberitahuan.untuk(
                        r.akun(),
                        Pemberitahuan.Jenis.PENDAFTARAN_DIKONFIRMASI,
                        "/umkm/" + p.usahaId(),
                        r.judul())));
  }
}
