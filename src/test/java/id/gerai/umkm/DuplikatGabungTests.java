package id.gerai.umkm;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Merging a duplicate: everything moves to the kept business, the other is closed and marked. */
@SpringBootTest
@AutoConfigureMockMvc
class DuplikatGabungTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  UmkmFixture data;
  long tetap;
  long hapus;
  String nama;

  @BeforeEach
  void siapkan() {
    data = new UmkmFixture(jdbc);
    nama = UmkmFixture.unik("Bandeng");
    long p = data.pelaku("Ina", UmkmFixture.nikUnik(), null, UmkmFixture.SEKAYU, null);
    tetap = data.usaha(p, nama, UmkmFixture.SEKAYU, null, null, "BELUM");
    hapus = data.usaha(p, "Toko " + nama, UmkmFixture.SEKAYU, null, null, "BELUM");
    data.produk(hapus, "Bandeng presto");
    angka(tetap, 2023, "100000000");
    angka(hapus, 2023, "900000000");
    angka(hapus, 2024, "3000000000");
    sql(
        "INSERT INTO legalitas (usaha_id, jenis, nomor, tanggal_terbit, dicatat_oleh, dicatat_pada,"
            + " versi) VALUES (:id, 'PIRT', 'P-IRT 123', DATE '2022-01-01', 'uji', :kini, 0)",
        hapus);
    sql(
        "INSERT INTO tonggak (usaha_id, jenis, tanggal, status_verifikasi, dicatat_oleh,"
            + " dicatat_pada, versi) VALUES (:id, 'MODAL_DIPEROLEH', DATE '2024-03-01', 'BELUM', 'uji',"
            + " :kini, 0)",
        hapus);
    sql(
        "INSERT INTO binaan (usaha_id, pendamping, sejak, dicatat_oleh, dicatat_pada, versi)"
            + " VALUES (:id, 'Pendamping Uji', DATE '2024-01-01', 'uji', :kini, 0)",
        hapus);
    sql(
        "INSERT INTO tangga_usaha (usaha_id, pembukuan, pembiayaan_formal, diperbarui_pada)"
            + " VALUES (:id, TRUE, FALSE, :kini)",
        hapus);
  }

  void angka(long usaha, int tahun, String omzet) {
    jdbc.sql(
            "INSERT INTO angka_tahunan (usaha_id, tahun, omzet_tahunan, sumber, kelas_omzet,"
                + " dasar_kriteria, dasar_kriteria_nama, dicatat_oleh, dicatat_pada) VALUES (:id,"
                + " :tahun, :omzet, 'LAPORAN', :kelas, 'PP_7_2021', 'PP 7/2021', 'uji', :kini)")
        .param("id", usaha)
        .param("tahun", tahun)
        .param("omzet", new java.math.BigDecimal(omzet))
        .param("kelas", omzet.length() > 9 ? "KECIL" : "MIKRO")
        .param("kini", Timestamp.from(Instant.now()))
        .update();
    jdbc.sql(AngkaTahunanPenyimpanan.KELAS_TERAKHIR).param("id", usaha).update();
  }

  void sql(String sql, long usaha) {
    jdbc.sql(sql).param("id", usaha).param("kini", Timestamp.from(Instant.now())).update();
  }

  long hitung(String tabel, long usaha) {
    return jdbc.sql("SELECT COUNT(*) FROM " + tabel + " WHERE usaha_id = :id")
        .param("id", usaha)
        .query(Long.class)
        .single();
  }

  MockMvcTester.MockMvcRequestBuilder gabung(RequestPostProcessor siapa) {
    return mvc.post()
        .uri("/api/v1/umkm/{id}/gabung", tetap)
        .with(siapa)
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"hapusId\": " + hapus + "}");
  }

  @Test
  void mergeMovesEverythingAndKeepsTheTrailOfBoth() {
    assertThat(gabung(stafKota())).hasStatus(HttpStatus.NO_CONTENT);
    assertThat(hitung("produk", tetap)).isEqualTo(1);
    assertThat(hitung("legalitas", tetap)).isEqualTo(1);
    assertThat(hitung("tonggak", tetap)).isEqualTo(1);
    assertThat(hitung("binaan", tetap)).isEqualTo(1);
    assertThat(hitung("tangga_usaha", tetap)).isEqualTo(1);
    assertThat(hitung("angka_tahunan", tetap)).isEqualTo(2);
    assertThat(hitung("angka_tahunan", hapus) + hitung("produk", hapus)).isZero();
    assertThat(
            jdbc.sql(
                    "SELECT omzet_tahunan FROM angka_tahunan WHERE usaha_id = :id AND tahun = 2023")
                .param("id", tetap)
                .query(java.math.BigDecimal.class)
                .single())
        .isEqualByComparingTo("100000000");
    assertThat(hitung("naik_kelas", tetap)).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT status || ':' || digabung_ke FROM usaha WHERE id = :id")
                .param("id", hapus)
                .query(String.class)
                .single())
        .isEqualTo("TUTUP:" + tetap);
    assertThat(data.jejak("GABUNG", "usaha", hapus)).isEqualTo(1);
    assertThat(data.jejak("GABUNG", "usaha", tetap)).isEqualTo(1);
    assertThat(gabung(stafKota())).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(mvc.get().uri("/api/v1/umkm").param("q", nama).with(stafKota()))
        .as("lists and exports show only the kept business")
        .bodyText()
        .contains("\"id\":" + tetap + ",")
        .doesNotContain("\"id\":" + hapus + ",");
  }

  @Test
  void aMergeAcrossScopesIsNotFound() {
    long p = data.pelaku("Jaka", null, null, UmkmFixture.TANJUNG_MAS, null);
    hapus = data.usaha(p, UmkmFixture.unik("Jauh"), UmkmFixture.TANJUNG_MAS, null, null, "BELUM");
    assertThat(gabung(sebagai(Peran.STAF_DINAS, Cakupan.wilayah("33.74.01"))))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            jdbc.sql("SELECT status FROM usaha WHERE id = :id AND digabung_ke IS NULL")
                .param("id", hapus)
                .query(String.class)
                .single())
        .isEqualTo("AKTIF");
    assertThat(hitung("produk", tetap)).isZero();
  }

  @Test
  void aGeraiOfficerCannotMerge() {
    assertThat(gabung(sebagai(Peran.PENGURUS_GERAI, Cakupan.wilayah("33.74.01"))))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(hitung("produk", hapus)).isEqualTo(1);
  }

  @Test
  void thePageMergesAfterConfirmation() {
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/gabung", hapus)
                .with(stafKota())
                .with(csrf())
                .param("lainId", String.valueOf(tetap))
                .param("tetapId", String.valueOf(tetap)))
        .hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(
            mvc.post()
                .uri("/umkm/{id}/gabung", hapus)
                .with(stafKota())
                .with(csrf())
                .param("lainId", String.valueOf(tetap))
                .param("tetapId", String.valueOf(tetap))
                .param("yakin", "true"))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/umkm/" + tetap + "/duplikat");
    assertThat(hitung("produk", tetap)).isEqualTo(1);
  }
}
