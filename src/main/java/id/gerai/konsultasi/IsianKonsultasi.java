package id.gerai.konsultasi;

import id.gerai.gerai.IsianLaporanGerai;
import id.gerai.gerai.LaporanGeraiAngka;
import id.gerai.gerai.Periode;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pre-fills a gerai report from the cases of that gerai: problems raised there in the period, and
 * mentoring sessions held in the period on its cases as consultations. Days are office days in
 * Asia/Jakarta.
 */
@Component
class IsianKonsultasi implements IsianLaporanGerai {

  private final JdbcClient jdbc;

  IsianKonsultasi(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public LaporanGeraiAngka isian(long geraiId, Periode periode) {
    OffsetDateTime dari = periode.awalWaktu();
    OffsetDateTime sampai = periode.akhirWaktu();
    int masalah =
        jdbc.sql(
                "SELECT COUNT(*) FROM konsultasi k WHERE k.gerai_id = :gerai"
                    + " AND k.dibuat_pada >= :dari AND k.dibuat_pada < :sampai")
            .param("gerai", geraiId)
            .param("dari", dari)
            .param("sampai", sampai)
            .query(Integer.class)
            .single();
    int sesi =
        jdbc.sql(
                "SELECT COUNT(*) FROM sesi_pendampingan s JOIN konsultasi k"
                    + " ON k.id = s.konsultasi_id WHERE k.gerai_id = :gerai"
                    + " AND s.tanggal >= :dari AND s.tanggal <= :sampai")
            .param("gerai", geraiId)
            .param("dari", periode.mulai())
            .param("sampai", periode.selesai())
            .query(Integer.class)
            .single();
    return new LaporanGeraiAngka(0, 0, 0, 0, 0, 0, sesi, masalah);
  }
}
