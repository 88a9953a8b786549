package id.gerai.gerai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first start opens Semarang's network: 177 kelurahan, 16 kecamatan, 4 strategic sites. */
@SpringBootTest
class GeraiAwalTests {

  @Autowired GeraiAwal awal;
  @Autowired JdbcClient jdbc;

  @Test
  void semarangGetsOneGeraiPerKelurahanAndKecamatanPlusTheStrategicSites() {
    Map<String, Long> perJenis =
        jdbc
            .sql(
                "SELECT jenis, COUNT(*) AS n FROM gerai WHERE dibuat_oleh = 'sistem'"
                    + " AND kode_wilayah LIKE '33.74.%' GROUP BY jenis")
            .query((rs, i) -> Map.entry(rs.getString("jenis"), rs.getLong("n")))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    assertThat(perJenis)
        .containsEntry("KELURAHAN", 177L)
        .containsEntry("KECAMATAN", 16L)
        .containsEntry("STRATEGIS", 4L);
    assertThat(perJenis.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(197);
    assertThat(
            jdbc.sql("SELECT jumlah FROM gerai_semai WHERE kode_wilayah = '33.74'")
                .query(Integer.class)
                .single())
        .isEqualTo(197);
  }

  @Test
  void kelurahanAndKecamatanGeraiAreNamedAfterTheirAreaWithoutAnInventedPosition() {
    assertThat(seeded("33.74.01.1007", "KELURAHAN"))
        .containsEntry("nama", "Gerai Kopi & Mi Kelurahan Sekayu")
        .containsEntry("lintang", null)
        .containsEntry("status", "AKTIF");
    assertThat(seeded("33.74.10", "KECAMATAN"))
        .containsEntry("nama", "Gerai Kopi & Mi Kecamatan Tembalang")
        .containsEntry("bujur", null);
  }

  @Test
  void theStrategicSitesComeFromSemarangsDataFile() {
    Map<String, Object> balaiKota = seeded("33.74.01.1013", "STRATEGIS");
    assertThat(balaiKota.get("nama")).isEqualTo("Gerai Kopi & Mi Balai Kota");
    assertThat(balaiKota.get("alamat").toString()).contains("Jl. Pemuda No. 148");
    assertThat((Double) balaiKota.get("lintang")).isBetween(-6.99, -6.97);
    assertThat(balaiKota.get("tanggal_buka").toString()).isEqualTo("2019-08-24");
    assertThat(seeded("33.74.11.1007", "STRATEGIS").get("nama").toString()).contains("Pusmiong");
    assertThat(seeded("33.74.02.1008", "STRATEGIS").get("nama").toString()).contains("Kota Lama");
    assertThat(seeded("33.74.07.1003", "STRATEGIS").get("nama").toString()).contains("Pasar Bulu");
    assertThat(LokasiStrategis.untuk("35.78")).as("a city without a data file").isEmpty();
  }

  @Test
  void everySeededGeraiStartsItsHistoryWithTheOpening() {
    long tanpaRiwayat =
        jdbc.sql(
                "SELECT COUNT(*) FROM gerai g WHERE g.dibuat_oleh = 'sistem' AND NOT EXISTS"
                    + " (SELECT 1 FROM gerai_status_riwayat r WHERE r.gerai_id = g.id"
                    + " AND r.urutan = 0 AND r.status = 'AKTIF')")
            .query(Long.class)
            .single();
    assertThat(tanpaRiwayat).isZero();
  }

  @Test
  void runningTheSeederAgainAddsNothing() {
    long sebelum = jdbc.sql("SELECT COUNT(*) FROM gerai").query(Long.class).single();

    assertThat(awal.semaiBilaPerlu()).isZero();
    awal.run(null);

    assertThat(jdbc.sql("SELECT COUNT(*) FROM gerai").query(Long.class).single())
        .isEqualTo(sebelum);
  }

  private Map<String, Object> seeded(String kode, String jenis) {
    return jdbc.sql(
            "SELECT * FROM gerai WHERE kode_wilayah = :k AND jenis = :j AND dibuat_oleh = 'sistem'")
        .param("k", kode)
        .param("j", jenis)
        .query()
        .singleRow();
  }
}
