package id.gerai.akun.web;

import id.gerai.akun.AkunRingkas;
import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the account pages show beside the account itself: the area names of a scope, and the choices
 * of role and area for the role and scope fields (the admin's own area, its kecamatan, and each
 * kecamatan's kelurahan).
 */
@Component
class ModelAkun {

  private static final List<Cakupan.Jenis> JENIS =
      List.of(Cakupan.Jenis.WILAYAH, Cakupan.Jenis.GERAI, Cakupan.Jenis.MILIK_SENDIRI);

  private final WilayahService wilayah;

  ModelAkun(WilayahService wilayah) {
    this.wilayah = wilayah;
  }

  /** A kecamatan (or the admin's own area) with the kelurahan under it. */
  record GrupWilayah(Wilayah induk, List<Wilayah> anak) {}

  /**
   * The account page: the account, the role and scope choices, and whether it is the admin's own.
   */
  void tampil(Model model, AkunRingkas akun, PenggunaGerai oleh) {
    akun(model, akun);
    pilihan(model, oleh.cakupan());
    model.addAttribute("sendiri", akun.id() == oleh.akunId());
  }

  void akun(Model model, AkunRingkas akun) {
    model.addAttribute("akun", akun);
    String kode = akun.cakupan().kodeWilayah();
    List<Wilayah> rantai = kode == null ? List.of() : wilayah.rantai(kode);
    model.addAttribute(
        "rantaiWilayah", rantai.size() > 1 ? rantai.subList(1, rantai.size()) : rantai);
  }

  void pilihan(Model model, Cakupan pembuat) {
    model.addAttribute("semuaPeran", Peran.values());
    model.addAttribute("jenisCakupan", JENIS);
    Wilayah rumah =
        pembuat.jenis() == Cakupan.Jenis.WILAYAH
            ? wilayah.cari(pembuat.kodeWilayah()).orElse(null)
            : null;
    boolean kecamatan = rumah != null && rumah.tingkat() == WilayahTingkat.KECAMATAN;
    model.addAttribute("wilayahRumah", kecamatan ? null : rumah);
    model.addAttribute("grupWilayah", rumah == null ? List.of() : grup(rumah));
  }

  private List<GrupWilayah> grup(Wilayah rumah) {
    Map<String, List<Wilayah>> kelurahan =
        wilayah.turunan(rumah.kode(), WilayahTingkat.KELURAHAN).stream()
            .collect(
                Collectors.groupingBy(Wilayah::induk, LinkedHashMap::new, Collectors.toList()));
    if (rumah.tingkat() == WilayahTingkat.KECAMATAN) {
      return List.of(new GrupWilayah(rumah, kelurahan.getOrDefault(rumah.kode(), List.of())));
    }
    return wilayah.turunan(rumah.kode(), WilayahTingkat.KECAMATAN).stream()
        .map(k -> new GrupWilayah(k, kelurahan.getOrDefault(k.kode(), List.of())))
        .toList();
  }
}
