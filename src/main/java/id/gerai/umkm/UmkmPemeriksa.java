package id.gerai.umkm;

import id.gerai.gerai.GeraiService;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.TidakDitemukan;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a registration against what only the database knows: the NIK's areas, the kelurahan of the
 * home area, the KBLI list, the gerai, and the editor's scope. Errors refuse (all at once, per
 * field); warnings come back with the result.
 */
@Component
class UmkmPemeriksa {

  /** The command with identifiers tidied (NIK and NIB digits only, phone as +62…). */
  record Hasil(DaftarkanUmkm perintah, List<String> peringatan) {}

  private final Nik.Wilayah nikWilayah;
  private final WilayahService wilayah;
  private final KbliService kbli;
  private final GeraiService gerai;

  UmkmPemeriksa(
      Nik.Wilayah nikWilayah, WilayahService wilayah, KbliService kbli, GeraiService gerai) {
    this.nikWilayah = nikWilayah;
    this.wilayah = wilayah;
    this.kbli = kbli;
    this.gerai = gerai;
  }

  Hasil periksa(DaftarkanUmkm d, Cakupan editor) {
    Map<String, String> galat = new LinkedHashMap<>();
    List<String> peringatan = new ArrayList<>();
    String nik = Nik.rapikan(d.nik());
    if (nik != null) {
      catat("nik", Nik.periksa(nik, nikWilayah), galat, peringatan);
    }
    String telepon = kosongkan(d.telepon());
    if (telepon != null) {
      HasilPeriksa h = Telepon.periksa(telepon);
      catat("telepon", h, galat, peringatan);
      telepon = Telepon.normalkan(telepon).orElse(telepon);
    }
    String kelurahan = kelurahan("kelurahan", d.kelurahan(), galat);
    String kelurahanUsaha = kelurahan("kelurahanUsaha", d.kelurahanUsaha(), galat);
    String nib = Nib.rapikan(d.nib());
    if (nib != null) {
      catat("nib", Nib.periksa(nib), galat, peringatan);
    }
    String kode = kosongkan(d.kbliKode());
    if (kode != null) {
      catat("kbliKode", kbli.periksa(kode), galat, peringatan);
    }
    Long geraiId = gerai(d.geraiId(), editor, galat);
    if (kelurahanUsaha != null && !dalamCakupan(kelurahanUsaha, editor)) {
      galat.putIfAbsent("kelurahanUsaha", "umkm.register.di-luar-cakupan");
    }
    if (!galat.isEmpty()) {
      throw new BidangDitolak(galat);
    }
    return new Hasil(
        rapi(d, nik, telepon, kelurahan, nib, kode, kelurahanUsaha, geraiId), peringatan);
  }

  private String kelurahan(String bidang, String kode, Map<String, String> galat) {
    String k = kosongkan(kode);
    if (k == null) {
      return null;
    }
    Wilayah w = KodeWilayah.sah(k) ? wilayah.cari(k).orElse(null) : null;
    if (w == null
        || w.tingkat() != WilayahTingkat.KELURAHAN
        || !Cakupan.wilayah(wilayah.kodeRumah()).mencakupWilayah(k)) {
      galat.put(bidang, "umkm.register.kelurahan-tidak-ada");
      return null;
    }
    return k;
  }

  /** An officer of a gerai registers through their gerai; any other gerai must exist. */
  private Long gerai(Long geraiId, Cakupan editor, Map<String, String> galat) {
    if (editor.jenis() == Cakupan.Jenis.GERAI) {
      if (geraiId != null && !geraiId.equals(editor.geraiId())) {
        galat.put("geraiId", "umkm.register.di-luar-cakupan");
      }
      return editor.geraiId();
    }
    if (geraiId == null) {
      return null;
    }
    try {
      gerai.kodeWilayah(geraiId);
    } catch (TidakDitemukan e) {
      galat.put("geraiId", "umkm.register.gerai-tidak-ada");
    }
    return geraiId;
  }

  private static boolean dalamCakupan(String kelurahan, Cakupan editor) {
    return switch (editor.jenis()) {
      case WILAYAH -> editor.mencakupWilayah(kelurahan);
      case GERAI, MILIK_SENDIRI -> true;
      case TIDAK_ADA -> false;
    };
  }

  private static void catat(
      String bidang, HasilPeriksa h, Map<String, String> galat, List<String> peringatan) {
    if (!h.sah()) {
      galat.put(bidang, h.galat().get(0));
    }
    peringatan.addAll(h.peringatan());
  }

  private static String kosongkan(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static DaftarkanUmkm rapi(
      DaftarkanUmkm d,
      String nik,
      String telepon,
      String kelurahan,
      String nib,
      String kbliKode,
      String kelurahanUsaha,
      Long geraiId) {
    return new DaftarkanUmkm(
        nik,
        d.nama(),
        d.jenisKelamin(),
        d.tanggalLahir(),
        telepon,
        kosongkan(d.email()),
        kelurahan,
        kosongkan(d.alamat()),
        d.dasarPemrosesan(),
        d.namaUsaha(),
        nib,
        kbliKode,
        d.bentukUsaha(),
        kelurahanUsaha,
        kosongkan(d.alamatUsaha()),
        geraiId,
        d.tahunBerdiri(),
        d.saluranPenjualan(),
        d.produk());
  }
}
