package id.gerai.peramban;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * On a 360 px phone, Dinkop staff assign a case to a mentor by typing part of the mentor's name in
 * the picker and choosing them from the list it brings (htmx); the case then shows the mentor.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PilihAkunPerambanTests extends PerambanUji {

  @Autowired JdbcClient jdbc;

  @Test
  void staffAssignACaseByChoosingTheMentorFromThePicker() {
    String tanda = UUID.randomUUID().toString().substring(0, 6);
    String nama = "Lastri Pendamping " + tanda;
    long mentor = akun("lastri-" + tanda, nama);
    long kasus = konsultasi("Warung Bu Tin " + tanda);
    bukaPeramban(360, 740);
    masuk("admin", "admin-rahasia-uji");

    web.get(url("/konsultasi/" + kasus));
    String cari = "lastri " + tanda;
    web.findElement(By.id("cari-akun")).sendKeys(cari);
    By pilihan = By.cssSelector("#pilihan-akun input[value='" + mentor + "']");
    // The list answers the whole text typed and no search is pending: a later answer would
    // replace the list, and the choice with it.
    tunggu()
        .until(
            w ->
                cari.equals(w.findElement(By.id("pilihan-akun")).getAttribute("data-q"))
                    && htmxDiam()
                    && !w.findElements(pilihan).isEmpty());
    assertThat(web.findElement(By.id("pilihan-akun")).getText()).contains(nama);
    assertThat(lebarHalaman()).isLessThanOrEqualTo(360);
    web.findElement(pilihan).click();
    tunggu().until(w -> htmxDiam() && w.findElement(pilihan).isSelected());
    web.findElement(By.id("cari-akun")).submit();
    tunggu()
        .until(w -> w.findElement(By.tagName("body")).getText().contains("Konsultasi ditugaskan."));
    assertThat(web.findElement(By.tagName("body")).getText()).contains(nama);
    assertThat(
            jdbc.sql("SELECT ditugaskan_akun_id FROM konsultasi WHERE id = :id")
                .param("id", kasus)
                .query(Long.class)
                .single())
        .isEqualTo(mentor);
  }

  private long akun(String pengguna, String nama) {
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO akun (nama_pengguna, nama_lengkap, kata_sandi, peran, cakupan_jenis,"
                + " cakupan_wilayah, aktif, dibuat_pada, versi) VALUES (:pengguna, :nama, 'x',"
                + " 'PENDAMPING', 'WILAYAH', '33.74.01', TRUE, :kini, 0)")
        .param("pengguna", pengguna)
        .param("nama", nama)
        .param("kini", Timestamp.from(Instant.now()))
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }

  private long konsultasi(String subjek) {
    OffsetDateTime kini = OffsetDateTime.now();
    GeneratedKeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO konsultasi (usaha_id, nama_subjek, kode_wilayah, kategori, uraian,"
                + " urgensi, saluran, status, periode, batas_tanggapan, batas_selesai,"
                + " dibuat_oleh, dibuat_pada, diubah_pada, versi) VALUES (1, :subjek,"
                + " '33.74.01.1007', 'MODAL', 'Butuh modal kerja', 'SEDANG', 'DINAS', 'BARU',"
                + " :periode, :batas, :batas, 'uji', :kini, :kini, 0)")
        .param("subjek", subjek)
        .param("periode", kini.toString().substring(0, 7))
        .param("batas", kini.plusDays(7))
        .param("kini", kini)
        .update(kunci, "id");
    return kunci.getKey().longValue();
  }
}
