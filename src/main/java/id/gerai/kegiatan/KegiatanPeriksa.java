package id.gerai.kegiatan;

import id.gerai.gerai.GeraiDetail;
import id.gerai.gerai.GeraiService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.TidakDitemukan;
import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import id.gerai.wilayah.WilayahTingkat;
import org.springframework.stereotype.Component;

/**
 * The rules of an activity and of its place. Required: kind, title, start, end not before start,
 * organiser. Capacity positive; the binaan places not more than the capacity. The place is a gerai
 * the caller's scope reaches (its area and position come from the gerai), or an address with a
 * kelurahan inside the scope; a gerai officer's activity always belongs to their gerai. Broken
 * rules are {@link MasukanTidakSah} with keys {@code kegiatan.<field>.<reason>}.
 */
@Component
class KegiatanPeriksa {

  private final GeraiService gerai;
  private final WilayahService wilayah;

  KegiatanPeriksa(GeraiService gerai, WilayahService wilayah) {
    this.gerai = gerai;
    this.wilayah = wilayah;
  }

  record Hasil(DataKegiatan data, KegiatanTempat tempat) {}

  Hasil periksa(DataKegiatan d, Cakupan cakupan) {
    if (d.jenis() == null) {
      throw new MasukanTidakSah("kegiatan.jenis.wajib");
    }
    String judul = wajib(d.judul(), 200, "kegiatan.judul");
    String penyelenggara = wajib(d.penyelenggara(), 200, "kegiatan.penyelenggara");
    if (d.mulai() == null || d.selesai() == null) {
      throw new MasukanTidakSah("kegiatan.waktu.wajib");
    }
    if (d.selesai().isBefore(d.mulai())) {
      throw new MasukanTidakSah("kegiatan.waktu.terbalik");
    }
    if (d.kapasitas() != null && d.kapasitas() < 1) {
      throw new MasukanTidakSah("kegiatan.kapasitas.tidak-sah");
    }
    if (d.kuotaBinaan() != null
        && (d.kuotaBinaan() < 0 || d.kapasitas() == null || d.kuotaBinaan() > d.kapasitas())) {
      throw new MasukanTidakSah("kegiatan.kuota.tidak-sah");
    }
    DataKegiatan bersih =
        new DataKegiatan(
            d.jenis(),
            judul,
            d.mulai(),
            d.selesai(),
            d.geraiId(),
            d.kodeWilayah(),
            opsional(d.alamat(), 300, "kegiatan.alamat"),
            d.lintang(),
            d.bujur(),
            penyelenggara,
            d.kapasitas(),
            d.kuotaBinaan(),
            opsional(d.deskripsi(), 4000, "kegiatan.deskripsi"),
            opsional(d.catatanHasil(), 4000, "kegiatan.catatan"),
            d.versi(),
            ForumKegiatan.olehForum(d.olehForum()));
    return new Hasil(bersih, tempat(bersih, cakupan));
  }

  private KegiatanTempat tempat(DataKegiatan d, Cakupan cakupan) {
    Long geraiId = d.geraiId();
    if (geraiId == null && cakupan.jenis() == Cakupan.Jenis.GERAI) {
      geraiId = cakupan.geraiId();
    }
    if (geraiId != null) {
      if (cakupan.jenis() == Cakupan.Jenis.GERAI && !geraiId.equals(cakupan.geraiId())) {
        throw new TidakDitemukan("gerai.tidak-ditemukan", String.valueOf(geraiId));
      }
      GeraiDetail g = gerai.ambil(geraiId, cakupan);
      boolean alamatSendiri = d.kodeWilayah() != null && !d.kodeWilayah().isBlank();
      if (!alamatSendiri) {
        Double lintang = d.lintang() != null ? d.lintang() : g.lintang();
        Double bujur = d.lintang() != null ? d.bujur() : g.bujur();
        return posisi(new KegiatanTempat(g.id(), g.kodeWilayah(), lintang, bujur));
      }
      return posisi(
          new KegiatanTempat(g.id(), kelurahan(d.kodeWilayah(), null), d.lintang(), d.bujur()));
    }
    if (d.kodeWilayah() == null || d.kodeWilayah().isBlank()) {
      throw new MasukanTidakSah("kegiatan.tempat.wajib");
    }
    return posisi(
        new KegiatanTempat(null, kelurahan(d.kodeWilayah(), cakupan), d.lintang(), d.bujur()));
  }

  /** A kelurahan code; inside the area scope when one is given. */
  private String kelurahan(String kode, Cakupan cakupan) {
    Wilayah w = wilayah.ambil(kode.strip());
    if (w.tingkat() != WilayahTingkat.KELURAHAN) {
      throw new MasukanTidakSah("kegiatan.kelurahan.bukan-kelurahan", w.kode());
    }
    if (cakupan != null && !cakupan.mencakupWilayah(w.kode())) {
      throw new TidakDitemukan("wilayah.tidak-ditemukan", w.kode());
    }
    return w.kode();
  }

  private static KegiatanTempat posisi(KegiatanTempat t) {
    if ((t.lintang() == null) != (t.bujur() == null)
        || (t.lintang() != null && (Math.abs(t.lintang()) > 90 || Math.abs(t.bujur()) > 180))) {
      throw new MasukanTidakSah("kegiatan.posisi.tidak-sah");
    }
    return t;
  }

  static String wajib(String teks, int batas, String kunci) {
    String t = opsional(teks, batas, kunci);
    if (t == null) {
      throw new MasukanTidakSah(kunci + ".wajib");
    }
    return t;
  }

  static String opsional(String teks, int batas, String kunci) {
    if (teks == null || teks.isBlank()) {
      return null;
    }
    String t = teks.strip();
    if (t.length() > batas) {
      throw new MasukanTidakSah(kunci + ".panjang", batas);
    }
    return t;
  }
}
