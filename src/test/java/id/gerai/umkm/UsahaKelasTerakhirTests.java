package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.Cakupan;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The latest class kept on the business (which the register's class filter reads) follows every
 * write of yearly figures: a new year, an older year, a merge and an import.
 */
@SpringBootTest
@WithMockUser(username = "uji-kelas-terakhir", roles = "STAF_DINAS")
class UsahaKelasTerakhirTests {

  private static final Cakupan KOTA = Cakupan.wilayah("33.74");
  private static final AngkaTahunanPencatat PETUGAS =
      new AngkaTahunanPencatat("uji-kelas-terakhir", true);

  @Autowired AngkaTahunanService angka;
  @Autowired DuplikatService duplikat;
  @Autowired ImporService impor;
  @Autowired JdbcClient jdbc;

  @Test
  void tahunBaruDanTahunLamaMenjagaKelasTerakhir() {
    long id = AngkaTahunanUji.usaha(jdbc, AngkaTahunanUji.SEKAYU, null);
    assertThat(kelas(id)).isEqualTo("null/null");

    catat(id, 2023, "100000000");
    assertThat(kelas(id)).isEqualTo("MIKRO/2023");
    catat(id, 2024, "5000000000");
    assertThat(kelas(id)).isEqualTo("KECIL/2024");
    catat(id, 2022, "20000000000");
    assertThat(kelas(id)).isEqualTo("KECIL/2024");
    catat(id, 2024, "200000000");
    assertThat(kelas(id)).isEqualTo("MIKRO/2024");
  }

  @Test
  void penggabunganMembawaTahunTerakhirKeUsahaYangDipertahankan() {
    long tetap = AngkaTahunanUji.usaha(jdbc, AngkaTahunanUji.SEKAYU, null);
    long hapus = AngkaTahunanUji.usaha(jdbc, AngkaTahunanUji.SEKAYU, null);
    catat(tetap, 2023, "100000000");
    catat(hapus, 2025, "20000000000");

    duplikat.gabungkan(tetap, hapus, KOTA);

    assertThat(kelas(tetap)).isEqualTo("MENENGAH/2025");
    assertThat(kelas(hapus)).isEqualTo("null/null");
  }

  @Test
  void imporMenulisKelasTerakhir() throws IOException {
    String u = UmkmFixture.unik("Kelas");
    Path csv = Files.createTempFile("impor-kelas", ".csv");
    Files.writeString(
        csv,
        new String(ImporService.templatCsv(), StandardCharsets.UTF_8)
            .replace("Warung Contoh", "Warung " + u),
        StandardCharsets.UTF_8);

    assertThat(impor.simpan(new ImporBerkas(csv, false), KOTA).ditambahkan()).isEqualTo(1);

    long id =
        jdbc.sql("SELECT id FROM usaha WHERE nama = :n")
            .param("n", "Warung " + u)
            .query(Long.class)
            .single();
    String tahun =
        jdbc.sql("SELECT MAX(tahun) FROM angka_tahunan WHERE usaha_id = :id")
            .param("id", id)
            .query(String.class)
            .single();
    assertThat(tahun).isNotNull();
    assertThat(kelas(id)).isEqualTo("MIKRO/" + tahun);
  }

  private void catat(long id, int tahun, String omzet) {
    angka.catat(
        id,
        new CatatAngkaTahunan(
            tahun, new BigDecimal(omzet), null, null, 2, AngkaTahunan.Sumber.TERVERIFIKASI),
        KOTA,
        PETUGAS);
  }

  private String kelas(long id) {
    return jdbc.sql(
            "SELECT COALESCE(kelas_omzet_terakhir, 'null') || '/'"
                + " || COALESCE(CAST(tahun_kelas_terakhir AS VARCHAR(10)), 'null')"
                + " FROM usaha WHERE id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}
