package id.gerai.kegiatan;

import id.gerai.gerai.IsianLaporanGerai;
import id.gerai.gerai.LaporanGeraiAngka;
import id.gerai.gerai.Periode;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pre-fills a gerai report from the activities recorded at that gerai in the period: activities
 * held there (forum meetings, trainings, visits) as meetings, participants checked in at them as
 * members present, and services given there by kind (registered businesses as new businesses, NIB
 * and permit help, consultations).
 */
@Component
class IsianKegiatan implements IsianLaporanGerai {

  private final KegiatanService kegiatan;
  private final JdbcClient jdbc;

  IsianKegiatan(KegiatanService kegiatan, JdbcClient jdbc) {
    this.kegiatan = kegiatan;
    this.jdbc = jdbc;
  }

  @Override
  public LaporanGeraiAngka isian(long geraiId, Periode periode) {
    HitunganGerai h = kegiatan.hitungUntukGerai(geraiId, periode.mulai(), periode.selesai());
    Map<LayananJenis, Integer> layanan = layanan(geraiId, periode);
    return new LaporanGeraiAngka(
        (int) h.kegiatan(),
        (int) h.pesertaHadir(),
        layanan.getOrDefault(LayananJenis.DIDAFTARKAN, 0),
        0,
        layanan.getOrDefault(LayananJenis.BANTUAN_NIB, 0),
        layanan.getOrDefault(LayananJenis.BANTUAN_IZIN, 0),
        layanan.getOrDefault(LayananJenis.KONSULTASI, 0),
        0);
  }

  private Map<LayananJenis, Integer> layanan(long geraiId, Periode periode) {
    Map<LayananJenis, Integer> hasil = new EnumMap<>(LayananJenis.class);
    jdbc.sql(
            "SELECT l.jenis, COUNT(*) AS n FROM layanan_kegiatan l WHERE l.gerai_id = :gerai"
                + " AND l.diberikan_pada >= :dari AND l.diberikan_pada < :sampai GROUP BY l.jenis")
        .param("gerai", geraiId)
        .param("dari", KegiatanWaktu.awalHari(periode.mulai()))
        .param("sampai", KegiatanWaktu.awalHari(periode.selesai().plusDays(1)))
        .query(
            rs -> {
              hasil.put(LayananJenis.valueOf(rs.getString("jenis")), rs.getInt("n"));
            });
    return hasil;
  }
}
