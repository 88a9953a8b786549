package id.gerai.konsultasi.web;

import id.gerai.konsultasi.KonsultasiService;
import id.gerai.konsultasi.LampiranService;
import id.gerai.konsultasi.PenangananService;
import id.gerai.konsultasi.PeranTujuan;
import id.gerai.konsultasi.SesiBaru;
import id.gerai.konsultasi.SesiService;
import id.gerai.konsultasi.StatusKonsultasi;
import id.gerai.konsultasi.TanggapanBaru;
import id.gerai.konsultasi.Tugaskan;
import id.gerai.konsultasi.UbahStatus;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a case's page: answer, move the status, assign, refer, attach, log a session. Each
 * goes back to the case, with a confirmation or the refusal in the user's language.
 */
@Controller
class KonsultasiAksiController {

  private final KonsultasiService konsultasi;
  private final PenangananService penanganan;
  private final LampiranService lampiran;
  private final SesiService sesi;
  private final MessageSource pesan;

  KonsultasiAksiController(
      KonsultasiService konsultasi,
      PenangananService penanganan,
      LampiranService lampiran,
      SesiService sesi,
      MessageSource pesan) {
    this.konsultasi = konsultasi;
    this.penanganan = penanganan;
    this.lampiran = lampiran;
    this.sesi = sesi;
    this.pesan = pesan;
  }

  @PostMapping("/konsultasi/{id}/tanggapan")
  String tanggapi(
      @PathVariable long id,
      @RequestParam(name = "isi", required = false) String isi,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return kembali(
        id,
        flash,
        "konsultasi.halaman.ditanggapi",
        () -> konsultasi.tanggapi(id, new TanggapanBaru(isi), cakupan));
  }

  @PostMapping("/konsultasi/{id}/status")
  String status(
      @PathVariable long id,
      @RequestParam(name = "status", required = false) StatusKonsultasi status,
      @RequestParam(name = "solusi", required = false) String solusi,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return kembali(
        id,
        flash,
        "konsultasi.halaman.status-diubah",
        () -> penanganan.ubahStatus(id, new UbahStatus(status, solusi), cakupan));
  }

  @PostMapping("/konsultasi/{id}/tugaskan")
  String tugaskan(
      @PathVariable long id,
      @RequestParam(name = "akunId", required = false) Long akunId,
      @RequestParam(name = "nama", required = false) String nama,
      @RequestParam(name = "peran", required = false) PeranTujuan peran,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return kembali(
        id,
        flash,
        "konsultasi.halaman.ditugaskan",
        () -> penanganan.tugaskan(id, new Tugaskan(akunId, nama, peran), cakupan));
  }

  @PostMapping("/konsultasi/{id}/rujuk")
  String rujuk(
      @PathVariable long id,
      @RequestParam(name = "program", required = false) String program,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return kembali(
        id, flash, "konsultasi.halaman.dirujuk", () -> penanganan.rujuk(id, program, cakupan));
  }

  @PostMapping("/konsultasi/{id}/lampiran")
  String lampiran(
      @PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return kembali(
        id,
        flash,
        "konsultasi.halaman.dilampirkan",
        () -> lampiran.unggah(id, KonsultasiWeb.unggahan(file), cakupan));
  }

  @PostMapping("/konsultasi/{id}/sesi")
  String sesi(
      @PathVariable long id,
      @RequestParam(name = "tanggal", required = false)
          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate tanggal,
      @RequestParam(name = "durasiMenit", required = false) Integer durasi,
      @RequestParam(name = "topik", required = false) String topik,
      @RequestParam(name = "catatan", required = false) String catatan,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return kembali(
        id,
        flash,
        "konsultasi.halaman.sesi-dicatat",
        () -> sesi.catatPadaKasus(id, new SesiBaru(tanggal, durasi, topik, catatan), cakupan));
  }

  /** Runs the change; a refusal (400) is shown on the case's page, a 404 stays a 404. */
  private String kembali(long id, RedirectAttributes flash, String berhasil, Runnable aksi) {
    try {
      aksi.run();
      flash.addFlashAttribute("pesan", berhasil);
    } catch (MasukanTidakSah e) {
      flash.addFlashAttribute(
          "galat",
          pesan.getMessage(
              e.kodePesan(), e.argumen(), e.kodePesan(), LocaleContextHolder.getLocale()));
    }
    return "redirect:/konsultasi/" + id;
  }
}
