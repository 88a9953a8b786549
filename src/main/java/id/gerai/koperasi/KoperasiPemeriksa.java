package id.gerai.koperasi;

import id.gerai.gerai.GeraiService;
import id.gerai.shared.BidangDitolak;
import id.gerai.shared.Cakupan;
import id.gerai.shared.TidakDitemukan;
import id.gerai.wilayah.KodeWilayah;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a registration against what only the database knows: the kelurahan in the area tree and
 * inside the editor's scope, the gerai, and the numbers' patterns. Errors refuse (all at once, per
 * field); warnings come back with the result.
 */
@Component
class KoperasiPemeriksa {

  record Hasil(DaftarkanKoperasi perintah, List<String> peringatan) {}

  private final WilayahService wilayah;
  private final GeraiService gerai;

  KoperasiPemeriksa(WilayahService wilayah, GeraiService gerai) {
    this.wilayah = wilayah;
    this.gerai = gerai;
  }

  Hasil periksa(DaftarkanKoperasi d, Cakupan editor) {
    return periksa(d, editor, null);
  }

  /** An edit: the gerai already stored passes unchecked (it may have closed since). */
  Hasil periksa(DaftarkanKoperasi d, Cakupan editor, Long geraiTersimpan) {
    Map<String, String> galat = new LinkedHashMap<>();
    String kelurahan = kelurahan(d.kelurahan(), editor, galat);
    Long geraiId =
        d.geraiId() != null
                && d.geraiId().equals(geraiTersimpan)
                && editor.jenis() != Cakupan.Jenis.GERAI
            ? geraiTersimpan
            : gerai(d.geraiId(), editor, galat);
    if (!galat.isEmpty()) {
      throw new BidangDitolak(galat);
    }
    String badanHukum = NomorKoperasi.rapikan(d.nomorBadanHukum());
    String nik = NomorKoperasi.rapikanNik(d.nomorIndukKoperasi());
    DaftarkanKoperasi rapi =
        new DaftarkanKoperasi(
            d.nama(),
            badanHukum,
            d.tanggalBadanHukum(),
            nik,
            d.jenis(),
            d.kelompok(),
            d.bentuk(),
            kelurahan,
            NomorKoperasi.rapikan(d.alamat()),
            geraiId,
            d.akunId(),
            d.tanggalBerdiri(),
            NomorKoperasi.rapikan(d.namaManajer()),
            d.jumlahKaryawan(),
            d.program());
    return new Hasil(rapi, NomorKoperasi.peringatan(badanHukum, nik));
  }

  private String kelurahan(String kode, Cakupan editor, Map<String, String> galat) {
    String k = kode == null ? null : kode.strip();
    Wilayah w = k != null && KodeWilayah.sah(k) ? wilayah.cari(k).orElse(null) : null;
    if (w == null
        || w.tingkat() != WilayahTingkat.KELURAHAN
        || !Cakupan.wilayah(wilayah.kodeRumah()).mencakupWilayah(k)) {
      galat.put("kelurahan", "koperasi.ditolak.kelurahan-tidak-ada");
      return null;
    }
    if (editor.jenis() == Cakupan.Jenis.WILAYAH && !editor.mencakupWilayah(k)) {
      galat.put("kelurahan", "koperasi.ditolak.di-luar-cakupan");
    }
    if (editor.jenis() == Cakupan.Jenis.TIDAK_ADA) {
      galat.put("kelurahan", "koperasi.ditolak.di-luar-cakupan");
    }
    return k;
  }

  /** An officer of a gerai registers through their gerai; any other gerai must exist. */
  private Long gerai(Long geraiId, Cakupan editor, Map<String, String> galat) {
    if (editor.jenis() == Cakupan.Jenis.GERAI) {
      if (geraiId != null && !geraiId.equals(editor.geraiId())) {
        galat.put("geraiId", "koperasi.ditolak.di-luar-cakupan");
      }
      return editor.geraiId();
    }
    if (geraiId == null) {
      return null;
    }
    try {
      gerai.kodeWilayah(geraiId);
    } catch (TidakDitemukan e) {
      galat.put("geraiId", "koperasi.ditolak.gerai-tidak-ada");
    }
    return geraiId;
  }
}
