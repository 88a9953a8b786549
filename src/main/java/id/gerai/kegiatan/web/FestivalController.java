package id.gerai.kegiatan.web;

import id.gerai.kegiatan.FestivalService;
import id.gerai.kegiatan.KegiatanService;
import id.gerai.kegiatan.PenjualanService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A festival's page: counts, tenants with booths and sales, the booth list, and their forms. */
@Controller
class FestivalController {

  private final KegiatanService kegiatan;
  private final FestivalService festival;
  private final PenjualanService penjualan;
  private final MessageSource pesan;

  FestivalController(
      KegiatanService kegiatan,
      FestivalService festival,
      PenjualanService penjualan,
      MessageSource pesan) {
    this.kegiatan = kegiatan;
    this.festival = festival;
    this.penjualan = penjualan;
    this.pesan = pesan;
  }

  @GetMapping("/kegiatan/{id}/festival")
  String tampil(@PathVariable long id, Cakupan cakupan, Model model) {
    model.addAttribute("k", kegiatan.ambil(id, cakupan));
    model.addAttribute("ringkasan", festival.ringkasan(id, cakupan));
    model.addAttribute("tenant", festival.tenant(id, cakupan));
    model.addAttribute("stan", festival.stan(id, cakupan));
    return "kegiatan/festival";
  }

  @PostMapping("/kegiatan/{id}/festival/stan")
  String stan(
      @PathVariable long id,
      @RequestParam(required = false) String kode,
      @RequestParam(required = false) String keterangan,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return jalankan(id, flash, () -> festival.tambahStan(id, kode, keterangan, cakupan));
  }

  @PostMapping("/kegiatan/{id}/festival/tenant")
  String ajukan(
      @PathVariable long id,
      @RequestParam(required = false) Long usahaId,
      Cakupan cakupan,
      RedirectAttributes flash) {
    if (usahaId == null) {
      flash.addFlashAttribute(
          "galat", PesanGalat.teks(pesan, new MasukanTidakSah("kegiatan.tenant.usaha.wajib")));
      return kembali(id);
    }
    return jalankan(id, flash, () -> festival.ajukan(id, usahaId, cakupan));
  }

  @PostMapping("/kegiatan/{id}/festival/tenant/{tenantId}/{keputusan:terima|tolak}")
  String putuskan(
      @PathVariable long id,
      @PathVariable long tenantId,
      @PathVariable String keputusan,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return jalankan(
        id,
        flash,
        () -> {
          if ("terima".equals(keputusan)) {
            festival.terima(id, tenantId, cakupan);
          } else {
            festival.tolak(id, tenantId, cakupan);
          }
        });
  }

  @PostMapping("/kegiatan/{id}/festival/tenant/{tenantId}/stan")
  String tempatkan(
      @PathVariable long id,
      @PathVariable long tenantId,
      @RequestParam long stanId,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return jalankan(id, flash, () -> festival.tempatkan(id, tenantId, stanId, cakupan));
  }

  @PostMapping("/kegiatan/{id}/festival/tenant/{tenantId}/penjualan")
  String catatPenjualan(
      @PathVariable long id,
      @PathVariable long tenantId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate tanggal,
      @RequestParam(required = false) BigDecimal nilai,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return jalankan(
        id, flash, () -> penjualan.catatPenjualan(id, tenantId, tanggal, nilai, cakupan));
  }

  @PostMapping("/kegiatan/{id}/festival/penjualan/{penjualanId}/tonggak")
  String tonggak(
      @PathVariable long id,
      @PathVariable long penjualanId,
      Cakupan cakupan,
      RedirectAttributes flash) {
    return jalankan(id, flash, () -> penjualan.jadikanTonggak(id, penjualanId, cakupan));
  }

  private String jalankan(long id, RedirectAttributes flash, Runnable aksi) {
    try {
      aksi.run();
      flash.addFlashAttribute("pesan", "kegiatan.festival.tersimpan");
    } catch (MasukanTidakSah e) {
      flash.addFlashAttribute("galat", PesanGalat.teks(pesan, e));
    }
    return kembali(id);
  }

  private static String kembali(long id) {
    return "redirect:/kegiatan/" + id + "/festival";
  }
}
