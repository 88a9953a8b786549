package id.gerai.umkm.web;

import id.gerai.gerai.GeraiRingkas;
import id.gerai.gerai.GeraiService;
import id.gerai.gerai.SaringGerai;
import id.gerai.shared.Cakupan;
import id.gerai.umkm.KelasUsaha;
import id.gerai.umkm.LegalitasJenis;
import id.gerai.umkm.Nik;
import id.gerai.umkm.PelakuUsahaDasar;
import id.gerai.umkm.TanggaJenjang;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UsahaBentuk;
import id.gerai.umkm.UsahaSaluran;
import id.gerai.umkm.UsahaStatus;
import id.gerai.umkm.VerifikasiStatus;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The choices the register's pages offer: areas of the home area, gerai in scope, the enums. */
@Component
class UmkmPilihan {

  private final WilayahService wilayah;
  private final GeraiService gerai;

  UmkmPilihan(WilayahService wilayah, GeraiService gerai) {
    this.wilayah = wilayah;
    this.gerai = gerai;
  }

  void untukDaftar(Model model) {
    model.addAttribute("semuaKecamatan", turunan(WilayahTingkat.KECAMATAN));
    model.addAttribute("semuaVerifikasi", VerifikasiStatus.values());
    model.addAttribute("semuaStatus", UsahaStatus.values());
    model.addAttribute("semuaKelas", KelasUsaha.values());
    model.addAttribute("semuaIzin", LegalitasJenis.values());
    model.addAttribute("semuaTangga", pilihanTangga());
  }

  /** The rung filter's values: none yet, then each rung. */
  static List<String> pilihanTangga() {
    List<String> semua = new ArrayList<>(List.of(UmkmSaringan.TANGGA_BELUM));
    for (TanggaJenjang j : TanggaJenjang.values()) {
      semua.add(j.name());
    }
    return semua;
  }

  void untukForm(Cakupan cakupan, Model model) {
    model.addAttribute("semuaKelurahan", turunan(WilayahTingkat.KELURAHAN));
    model.addAttribute("semuaGerai", geraiDalam(cakupan));
    model.addAttribute("semuaJenisKelamin", Nik.JenisKelamin.values());
    model.addAttribute("semuaDasar", PelakuUsahaDasar.values());
    model.addAttribute("semuaBentuk", UsahaBentuk.values());
    model.addAttribute("semuaSaluran", UsahaSaluran.values());
  }

  private List<Wilayah> turunan(WilayahTingkat tingkat) {
    return wilayah.turunan(wilayah.kodeRumah(), tingkat);
  }

  private List<GeraiRingkas> geraiDalam(Cakupan cakupan) {
    if (cakupan.jenis() == Cakupan.Jenis.MILIK_SENDIRI) {
      return gerai
          .cari(
              new SaringGerai(null, null, null, null, 0, 200), Cakupan.wilayah(wilayah.kodeRumah()))
          .isi();
    }
    return gerai.cari(new SaringGerai(null, null, null, null, 0, 200), cakupan).isi();
  }
}
