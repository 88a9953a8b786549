package id.gerai.umkm;

import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.umkm.AngkaTahunanUji.SEKAYU;
import static id.gerai.umkm.AngkaTahunanUji.angka;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.Cakupan;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Naik and turun kelas events, rebuilt from the figures whenever a year is recorded. */
@SpringBootTest
@AutoConfigureMockMvc
class NaikKelasApiTests {

  private static final String MIKRO = "500000000";
  private static final String KECIL = "3000000000";
  private static final String MENENGAH = "20000000000";

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired AngkaTahunanService layanan;

  @Test
  void risingSalesRecordANaikAndFallingSalesATurun() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    catat(id, 2021, MIKRO);
    catat(id, 2022, MIKRO);
    catat(id, 2023, KECIL);
    catat(id, 2024, MENENGAH);
    catat(id, 2025, KECIL);
    assertThat(peristiwa(id))
        .containsExactly(
            "2022>2023 MIKRO>KECIL NAIK",
            "2023>2024 KECIL>MENENGAH NAIK",
            "2024>2025 MENENGAH>KECIL TURUN");
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/kelas", id).with(stafKota()))
        .bodyJson()
        .extractingPath("$.perubahan[*].arah")
        .asArray()
        .containsExactly("NAIK", "NAIK", "TURUN");
    assertThat(layanan.riwayat(id, Cakupan.wilayah("33.74")).terakhir())
        .hasValueSatisfying(a -> assertThat(a.kelasPemberdayaan()).isEqualTo(KelasUsaha.KECIL));
  }

  @Test
  void insertingAnEarlierYearRebuildsTheEvents() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    catat(id, 2022, MIKRO);
    catat(id, 2024, KECIL);
    assertThat(peristiwa(id)).containsExactly("2022>2024 MIKRO>KECIL NAIK");
    catat(id, 2023, MENENGAH);
    assertThat(peristiwa(id))
        .containsExactly("2022>2023 MIKRO>MENENGAH NAIK", "2023>2024 MENENGAH>KECIL TURUN");
    catat(id, 2021, KECIL);
    assertThat(peristiwa(id))
        .containsExactly(
            "2021>2022 KECIL>MIKRO TURUN",
            "2022>2023 MIKRO>MENENGAH NAIK",
            "2023>2024 MENENGAH>KECIL TURUN");
  }

  @Test
  void correctingAYearRemovesAnEventThatNoLongerHolds() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    catat(id, 2022, MIKRO);
    catat(id, 2023, KECIL);
    assertThat(peristiwa(id)).hasSize(1);
    catat(id, 2023, MIKRO);
    assertThat(peristiwa(id)).isEmpty();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM jejak_audit WHERE jenis_rekaman = 'NAIK_KELAS'"
                        + " AND id_rekaman = :id")
                .param("id", String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aChangeFrom2020To2021IsMarkedAsARuleChange() {
    long id = AngkaTahunanUji.usaha(jdbc, SEKAYU, null);
    catat(id, 2020, "1000000000"); // KECIL under UU 20/2008 (> 300 jt)
    catat(id, 2021, "1000000000"); // MIKRO under PP 7/2021 (<= 2 M)
    catat(id, 2022, KECIL);
    assertThat(mvc.get().uri("/api/v1/umkm/{id}/kelas", id).with(stafKota()))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.perubahan[0].arah").isEqualTo("TURUN");
              assertThat(j).extractingPath("$.perubahan[0].aturanBerubah").isEqualTo(true);
              assertThat(j).extractingPath("$.perubahan[0].dasarKriteria").isEqualTo("PP_7_2021");
              assertThat(j).extractingPath("$.perubahan[1].aturanBerubah").isEqualTo(false);
            });
  }

  private List<String> peristiwa(long id) {
    return jdbc.sql(
            "SELECT tahun_dari, tahun_ke, kelas_dari, kelas_ke, arah FROM naik_kelas"
                + " WHERE usaha_id = :id ORDER BY tahun_ke")
        .param("id", id)
        .query(
            (rs, i) ->
                rs.getInt(1)
                    + ">"
                    + rs.getInt(2)
                    + " "
                    + rs.getString(3)
                    + ">"
                    + rs.getString(4)
                    + " "
                    + rs.getString(5))
        .list();
  }

  private void catat(long id, int tahun, String omzet) {
    assertThat(
            mvc.post()
                .uri("/api/v1/umkm/{id}/angka", id)
                .with(stafKota())
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(angka(tahun, omzet, "null", "null", null)))
        .hasStatusOk();
  }
}
