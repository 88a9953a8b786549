package id.gerai.kegiatan;

import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The safari's reads: its visits (with how many services each) and its services. */
final class SafariBaca {

  private SafariBaca() {}

  static List<KunjunganRingkas> kunjungan(
      JdbcClient jdbc, WilayahService wilayah, long kegiatanId, Long kunjunganId) {
    return jdbc.sql(
            "SELECT j.*, g.nama AS nama_gerai, (SELECT COUNT(*) FROM layanan_kegiatan l"
                + " WHERE l.kunjungan_id = j.id) AS layanan FROM kunjungan j"
                + " LEFT JOIN gerai g ON g.id = j.gerai_id WHERE j.kegiatan_id = :k"
                + (kunjunganId == null ? "" : " AND j.id = :id")
                + " ORDER BY j.tanggal, j.id")
        .param("k", kegiatanId)
        .params(kunjunganId == null ? java.util.Map.of() : java.util.Map.of("id", kunjunganId))
        .query(
            (rs, i) ->
                new KunjunganRingkas(
                    rs.getLong("id"),
                    rs.getString("kode_wilayah"),
                    wilayah
                        .cari(rs.getString("kode_wilayah"))
                        .map(Wilayah::nama)
                        .orElse(rs.getString("kode_wilayah")),
                    KegiatanPencarian.panjangAtauNull(rs, "gerai_id"),
                    rs.getString("nama_gerai"),
                    rs.getObject("tanggal", java.time.LocalDate.class),
                    KegiatanPencarian.waktu(rs, "hadir_pada"),
                    KegiatanPencarian.desimalAtauNull(rs, "lintang"),
                    KegiatanPencarian.desimalAtauNull(rs, "bujur"),
                    rs.getLong("layanan")))
        .list();
  }

  static List<LayananRingkas> layanan(JdbcClient jdbc, long kegiatanId) {
    return jdbc.sql(
            "SELECT * FROM layanan_kegiatan WHERE kegiatan_id = :k ORDER BY diberikan_pada, id")
        .param("k", kegiatanId)
        .query(
            (rs, i) ->
                new LayananRingkas(
                    rs.getLong("id"),
                    KegiatanPencarian.panjangAtauNull(rs, "kunjungan_id"),
                    KegiatanPencarian.panjangAtauNull(rs, "gerai_id"),
                    KegiatanPencarian.panjangAtauNull(rs, "usaha_id"),
                    rs.getString("nama"),
                    LayananJenis.valueOf(rs.getString("jenis")),
                    rs.getString("catatan"),
                    KegiatanPencarian.waktu(rs, "diberikan_pada")))
        .list();
  }
}
