package id.gerai.kegiatan;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts per gerai and period, and the activities of one business: straight from SQL. */
@Component
class KegiatanHitungan {

  private static final String DI_GERAI =
      " FROM kegiatan k WHERE k.gerai_id = :gerai AND k.mulai >= :dari AND k.mulai < :sampai";

  private final JdbcClient jdbc;

  KegiatanHitungan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  HitunganGerai untukGerai(long geraiId, LocalDate dari, LocalDate sampai) {
    var dariT = KegiatanWaktu.awalHari(dari);
    var sampaiT = KegiatanWaktu.awalHari(sampai.plusDays(1));
    long kegiatan = hitung("SELECT COUNT(*)" + DI_GERAI, geraiId, dariT, sampaiT);
    long pertemuan =
        hitung(
            "SELECT COUNT(*)" + DI_GERAI + " AND k.jenis = 'PERTEMUAN'", geraiId, dariT, sampaiT);
    long hadir =
        hitung(
            "SELECT COUNT(*) FROM peserta p WHERE p.hadir_pada IS NOT NULL AND p.kegiatan_id IN"
                + " (SELECT k.id"
                + DI_GERAI
                + ")",
            geraiId,
            dariT,
            sampaiT);
    long layanan =
        hitung(
            "SELECT COUNT(*) FROM layanan_kegiatan l WHERE l.gerai_id = :gerai"
                + " AND l.diberikan_pada >= :dari AND l.diberikan_pada < :sampai",
            geraiId,
            dariT,
            sampaiT);
    return new HitunganGerai(kegiatan, pertemuan, hadir, layanan);
  }

  private long hitung(String sql, long gerai, Object dari, Object sampai) {
    return jdbc.sql(sql)
        .param("gerai", gerai)
        .param("dari", dari)
        .param("sampai", sampai)
        .query(Long.class)
        .single();
  }

  /** Activities the business took part in (not cancelled; accepted as tenant), latest first. */
  List<KegiatanUsaha> untukUsaha(long usahaId) {
    return jdbc.sql(
            "SELECT k.id, k.jenis, k.judul, k.mulai, p.peran FROM peserta p"
                + " JOIN kegiatan k ON k.id = p.kegiatan_id"
                + " WHERE p.usaha_id = :u AND p.status <> 'BATAL'"
                + " UNION ALL SELECT k.id, k.jenis, k.judul, k.mulai, 'TENANT' AS peran"
                + " FROM tenant t JOIN kegiatan k ON k.id = t.kegiatan_id"
                + " WHERE t.usaha_id = :u AND t.status = 'DITERIMA'"
                + " ORDER BY mulai DESC, id DESC LIMIT 200")
        .param("u", usahaId)
        .query(
            (rs, i) ->
                new KegiatanUsaha(
                    rs.getLong("id"),
                    KegiatanJenis.valueOf(rs.getString("jenis")),
                    rs.getString("judul"),
                    KegiatanPencarian.waktu(rs, "mulai"),
                    PesertaPeran.valueOf(rs.getString("peran"))))
        .list();
  }
}
