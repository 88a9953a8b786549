package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.shared.Cakupan;
import id.gerai.umkm.bangku.ImporDataBangku;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A file of several save chunks (the benchmark's generator, 5,000 rows): every valid row is saved
 * once with its owner, figures and trail entries; a row repeated in a later chunk is skipped; a
 * second import of the same file adds nothing.
 */
@SpringBootTest
@WithMockUser(username = "uji-impor-besar", roles = "STAF_DINAS")
class ImporBesarTests {

  private static final int BARIS = 5_000;

  @Autowired ImporService impor;
  @Autowired JdbcClient jdbc;

  @Test
  void berkasBeberapaKelompokDisimpanSekaliDanImporUlangTidakMengubahApaPun() throws IOException {
    Path csv = Files.createTempFile("impor-besar", ".csv");
    ImporDataBangku.tulis(BARIS, csv, 1);
    List<String> semua = Files.readAllLines(csv, StandardCharsets.UTF_8);
    Files.write(
        csv, semua.subList(1, 11), StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    long jejakAwal = jejak();

    ImporLaporan l = impor.simpan(new ImporBerkas(csv, false), Cakupan.wilayah("33.74"));

    assertThat(l.dibaca()).isEqualTo(BARIS + 10);
    assertThat(l.ditolak()).isPositive();
    assertThat(l.dilewati()).isGreaterThanOrEqualTo(10);
    assertThat(l.ditambahkan() + l.dilewati()).isEqualTo(l.sah());
    long usaha =
        hitung("SELECT COUNT(*) FROM usaha WHERE nama LIKE '% %' AND nib LIKE '91000100%'");
    long usahaDariImpor =
        hitung(
            "SELECT COUNT(*) FROM usaha u JOIN jejak_audit j ON j.jenis_rekaman = 'usaha'"
                + " AND j.id_rekaman = CAST(u.id AS VARCHAR(40)) WHERE j.pelaku = 'uji-impor-besar'");
    assertThat(usahaDariImpor).isEqualTo(l.ditambahkan());
    assertThat(usaha).isLessThanOrEqualTo(l.ditambahkan());
    long angka =
        hitung(
            "SELECT COUNT(*) FROM angka_tahunan a JOIN jejak_audit j ON j.jenis_rekaman ="
                + " 'usaha' AND j.id_rekaman = CAST(a.usaha_id AS VARCHAR(40))"
                + " WHERE j.pelaku = 'uji-impor-besar'");
    assertThat(angka).isEqualTo(l.ditambahkan());
    long pelakuBaru =
        hitung(
            "SELECT COUNT(*) FROM jejak_audit WHERE pelaku = 'uji-impor-besar'"
                + " AND jenis_rekaman = 'usaha' AND aksi = 'BUAT'"
                + " AND sesudah LIKE '%\"pemilikBaru\":{%'");
    assertThat(pelakuBaru).isBetween((long) l.ditambahkan() / 2, (long) l.ditambahkan());
    assertThat(jejak() - jejakAwal).isEqualTo(l.ditambahkan());

    ImporLaporan lagi = impor.simpan(new ImporBerkas(csv, false), Cakupan.wilayah("33.74"));

    assertThat(lagi.ditambahkan()).isZero();
    assertThat(lagi.dilewati()).isEqualTo(lagi.sah());
    assertThat(jejak() - jejakAwal).isEqualTo(l.ditambahkan());
  }

  private long jejak() {
    return hitung("SELECT COUNT(*) FROM jejak_audit WHERE pelaku = 'uji-impor-besar'");
  }

  private long hitung(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }
}
