package id.gerai.koperasi.web;

import id.gerai.gerai.GeraiRingkas;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.SaringGerai;
import id.gerai.koperasi.BentukKoperasi;
import id.gerai.koperasi.JenisKoperasi;
import id.gerai.koperasi.KedudukanPengurus;
import id.gerai.koperasi.KelompokKoperasi;
import id.gerai.koperasi.StatusKoperasi;
import id.gerai.koperasi.StatusRat;
import id.gerai.koperasi.StatusVerifikasi;
import id.gerai.shared.Cakupan;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the cooperative pages offer: areas of the home area, gerai in scope, the enums. */
@Component
class KoperasiPilihan {

  private final WilayahService wilayah;
  private final GeraiService gerai;

  KoperasiPilihan(WilayahService wilayah, GeraiService gerai) {
    this.wilayah = wilayah;
    this.gerai = gerai;
  }

  void untukDaftar(Model model) {
    model.addAttribute("semuaKecamatan", turunan(WilayahTingkat.KECAMATAN));
    enums(model);
    model.addAttribute("semuaVerifikasi", StatusVerifikasi.values());
    model.addAttribute("semuaRat", StatusRat.values());
    model.addAttribute(
        "semuaPredikat",
        List.of("SEHAT", "CUKUP_SEHAT", "DALAM_PENGAWASAN", "DALAM_PENGAWASAN_KHUSUS"));
  }

  void untukForm(Cakupan cakupan, Model model) {
    model.addAttribute("semuaKelurahan", turunan(WilayahTingkat.KELURAHAN));
    model.addAttribute("semuaGerai", geraiDalam(cakupan));
    enums(model);
  }

  void untukTampil(Model model) {
    model.addAttribute("semuaStatus", StatusKoperasi.values());
    model.addAttribute("semuaKedudukan", KedudukanPengurus.values());
  }

  private void enums(Model model) {
    model.addAttribute("semuaJenis", JenisKoperasi.values());
    model.addAttribute("semuaKelompok", KelompokKoperasi.values());
    model.addAttribute("semuaBentuk", BentukKoperasi.values());
    model.addAttribute("semuaStatus", StatusKoperasi.values());
  }

  private List<Wilayah> turunan(WilayahTingkat tingkat) {
    return wilayah.turunan(wilayah.kodeRumah(), tingkat);
  }

  /** A cooperative's own officer may pick any gerai of the home area; others those in scope. */
  private List<GeraiRingkas> geraiDalam(Cakupan cakupan) {
    Cakupan c =
        cakupan.jenis() == Cakupan.Jenis.MILIK_SENDIRI
            ? Cakupan.wilayah(wilayah.kodeRumah())
            : cakupan;
    return gerai.cari(new SaringGerai(null, null, null, null, 0, 200), c).isi();
  }
}
