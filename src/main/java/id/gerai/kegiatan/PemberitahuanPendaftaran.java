package id.gerai.kegiatan;

import id.gerai.shared.Jejak;
import id.gerai.shared.Pemberitahuan;
import id.gerai.umkm.UmkmSingkatService;
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
  private final UmkmSingkatService umkm;
  private final ApplicationEventPublisher events;

  PemberitahuanPendaftaran(
      JdbcClient jdbc, UmkmSingkatService umkm, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.umkm = umkm;
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

  private void beritahu(PesertaRingkas p) {
    umkm.akunPemilik(p.usahaId())
        .ifPresent(
            akun ->
                events.publishEvent(
                    Pemberitahuan.untuk(
                        akun,
                        Pemberitahuan.Jenis.PENDAFTARAN_DIKONFIRMASI,
                        "/umkm/" + p.usahaId(),
                        judul(p.kegiatanId()))));
  }

  private String judul(long kegiatanId) {
    return jdbc.sql("SELECT judul FROM kegiatan WHERE id = :k")
        .param("k", kegiatanId)
        .query(String.class)
        .single();
  }
}
