package id.gerai.koperasi;

import id.gerai.gerai.IsianLaporanGerai;
import id.gerai.gerai.LaporanGeraiAngka;
import id.gerai.gerai.Periode;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pre-fills a gerai report with the new cooperatives met: cooperatives registered with that gerai
 * in the period (entered by hand or imported), whatever their status today. Days are office days in
 * Asia/Jakarta, first to last day inclusive.
 */
@Component
class IsianLaporanKoperasi implements IsianLaporanGerai {

  private final JdbcClient jdbc;

  IsianLaporanKoperasi(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public LaporanGeraiAngka isian(long geraiId, Periode periode) {
    OffsetDateTime dari = periode.awalWaktu();
    OffsetDateTime sampai = periode.akhirWaktu();
    int baru =
        jdbc.sql(
                "SELECT COUNT(*) FROM koperasi k WHERE k.gerai_id = :gerai"
                    + " AND k.dibuat_pada >= :dari AND k.dibuat_pada < :sampai")
            .param("gerai", geraiId)
            .param("dari", dari)
            .param("sampai", sampai)
            .query(Integer.class)
            .single();
    return new LaporanGeraiAngka(0, 0, 0, baru, 0, 0, 0, 0);
  }
}
