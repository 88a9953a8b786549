package id.gerai.konsultasi;

import id.gerai.shared.Cakupan;
import id.gerai.shared.Jejak;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working a case: assigning it by hand, moving its status (the case refuses a move its state does
 * not allow), referring it on to an office program. Every change is in the audit trail.
 */
@Service
@Transactional
public class PenangananService {

  private final PenentuPemanggil pemanggil;
  private final PemuatKonsultasi pemuat;
  private final ApplicationEventPublisher events;
  private final PilihAkunTujuan pilihAkun;

  PenangananService(
      PenentuPemanggil pemanggil,
      PemuatKonsultasi pemuat,
      ApplicationEventPublisher events,
      PilihAkunTujuan pilihAkun) {
    this.pemanggil = pemanggil;
    this.pemuat = pemuat;
    this.events = events;
    this.pilihAkun = pilihAkun;
  }

  /**
   * Routes a case by hand to a person (an account the assigner could pick; its own name and role
   * are kept) or a role's queue.
   */
  @PreAuthorize(Pemanggil.PENGELOLA)
  public void tugaskan(long id, Tugaskan masukan, Cakupan cakupan) {
    Konsultasi k = pemuat.muat(id, pemanggil.untuk(cakupan));
    Tugaskan tujuan = pilihAkun.lengkapi(masukan, cakupan);
    tujuan.periksa();
    Konsultasi.Rekaman sebelum = k.rekaman();
    k.tugaskan(tujuan, pemuat.kini());
    simpan("TUGASKAN", k, sebelum);
  }

  /** Moves a case's status; solving needs the written solution. */
  @PreAuthorize(Pemanggil.PENANGAN)
  public StatusKonsultasi ubahStatus(long id, UbahStatus ubah, Cakupan cakupan) {
    Konsultasi k = pemuat.muat(id, pemanggil.untuk(cakupan));
    Konsultasi.Rekaman sebelum = k.rekaman();
    k.ubahStatus(ubah.status(), ubah.solusi(), pemuat.kini());
    simpan("STATUS", k, sebelum);
    return k.status();
  }

  /** Refers a case on to an office program (its name, free text for now). */
  @PreAuthorize(Pemanggil.PENANGAN)
  public void rujuk(long id, String program, Cakupan cakupan) {
    Konsultasi k = pemuat.muat(id, pemanggil.untuk(cakupan));
    Konsultasi.Rekaman sebelum = k.rekaman();
    k.rujuk(program, pemuat.kini());
    simpan("RUJUK", k, sebelum);
  }

  private void simpan(String aksi, Konsultasi k, Konsultasi.Rekaman sebelum) {
    pemuat.simpan(k);
    events.publishEvent(
        new Jejak(aksi, KonsultasiService.JENIS, String.valueOf(k.id()), sebelum, k.rekaman()));
  }
}
