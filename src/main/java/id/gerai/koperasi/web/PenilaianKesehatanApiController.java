package id.gerai.koperasi.web;

import id.gerai.koperasi.PenilaianKesehatan;
import id.gerai.koperasi.PenilaianKesehatanPengawasan;
import id.gerai.koperasi.PenilaianKesehatanRingkas;
import id.gerai.koperasi.PenilaianKesehatanService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.Halaman;
import id.gerai.shared.TidakDitemukan;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/koperasi/{id}/kesehatan/{tahun}}: the full worksheet as JSON (by the rubric in
 * force, or {@code ?rubrik=} a version id); {@code /api/v1/koperasi/{id}/kesehatan}: the history;
 * {@code /api/v1/koperasi/kesehatan/pengawasan}: the supervision list. All within scope.
 */
@RestController
class PenilaianKesehatanApiController {

  private final PenilaianKesehatanService penilaian;
  private final MessageSource pesan;

  PenilaianKesehatanApiController(PenilaianKesehatanService penilaian, MessageSource pesan) {
    this.penilaian = penilaian;
    this.pesan = pesan;
  }

  @GetMapping("/api/v1/koperasi/{id}/kesehatan/{tahun}")
  PenilaianKesehatanJson.Lembar lembar(
      @PathVariable long id,
      @PathVariable int tahun,
      @RequestParam(required = false) Long rubrik,
      Cakupan cakupan) {
    PenilaianKesehatan p = penilaian.lembarKerja(id, tahun, cakupan, rubrik);
    if (p.keadaan() == PenilaianKesehatan.Keadaan.TANPA_LAPORAN) {
      throw new TidakDitemukan("koperasi.kesehatan.laporan.tidak-ditemukan", String.valueOf(tahun));
    }
    if (p.keadaan() == PenilaianKesehatan.Keadaan.TANPA_RUBRIK) {
      throw new TidakDitemukan(
          "koperasi.kesehatan.rubrik.tidak-berlaku",
          p.koperasi().kelompok(),
          String.valueOf(tahun));
    }
    return PenilaianKesehatanJson.dari(p, pesan, LocaleContextHolder.getLocale());
  }

  @GetMapping("/api/v1/koperasi/{id}/kesehatan")
  List<PenilaianKesehatanRingkas> riwayat(@PathVariable long id, Cakupan cakupan) {
    return penilaian.riwayat(id, cakupan);
  }

  @GetMapping("/api/v1/koperasi/kesehatan/pengawasan")
  Halaman<PenilaianKesehatanPengawasan> pengawasan(
      @RequestParam(required = false) Integer hal,
      @RequestParam(required = false) Integer ukuran,
      @RequestParam(required = false) PenilaianKesehatanPengawasan.Alasan alasan,
      Cakupan cakupan) {
    return penilaian.pengawasan(cakupan, alasan, hal, ukuran);
  }
}
