package id.gerai.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The reporting rate of a period with gaps. Two kecamatan of their own (codes no other test uses,
 * in a year no other gerai was open), with gerai opened after the period, closed before it, closed
 * during it, reporting on time, late, only a draft, or not at all: the rate of each kecamatan is
 * reports received over gerai expected.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(LaporanGeraiUji.class)
class LaporanGeraiTingkatTests {

  @Autowired MockMvcTester mvc;
  @Autowired GeraiRepository geraiRepo;
  @Autowired LaporanGeraiRepository laporanRepo;
  @Autowired LaporanGeraiUji.Jam jam;
  @Autowired JdbcClient jdbc;

  int tahun;
  String kecA;
  String kecB;
  Periode maret;
  Map<String, Long> g = new java.util.HashMap<>();

  @BeforeEach
  void siapkan() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    tahun = r.nextInt(1950, 2010);
    // Each test lays out its own pair; a pair already holding gerai (an earlier test's) would add
    // them to the counts.
    do {
      int a = r.nextInt(50, 99);
      kecA = "33.74." + a;
      kecB = "33.74." + (a + 1);
    } while (adaGerai(kecA) || adaGerai(kecB));
    maret = Periode.dari(tahun + "-03", 1);
    LocalDate buka = LocalDate.of(tahun, 1, 10);
    g.put("tepat", gerai(kecA + ".1001", buka, null));
    g.put("telat", gerai(kecA + ".1002", buka, null));
    g.put("bolong", gerai(kecA + ".1003", buka, null));
    g.put("bukaNanti", gerai(kecA + ".1004", LocalDate.of(tahun, 4, 2), null));
    g.put("tutupSebelum", gerai(kecA + ".1005", buka, LocalDate.of(tahun, 2, 20)));
    g.put("tutupSelama", gerai(kecA + ".1006", buka, LocalDate.of(tahun, 3, 15)));
    g.put("b1", gerai(kecB + ".1001", buka, null));
    g.put("b2", gerai(kecB + ".1002", buka, null));
    g.put("bDraf", gerai(kecB + ".1003", buka, null));
    lapor(g.get("tepat"), LocalDate.of(tahun, 4, 10));
    lapor(g.get("telat"), LocalDate.of(tahun, 4, 12));
    lapor(g.get("b1"), LocalDate.of(tahun, 4, 1));
    lapor(g.get("b2"), LocalDate.of(tahun, 4, 3));
    lapor(g.get("tutupSebelum"), LocalDate.of(tahun, 4, 3)); // not expected: not counted
    LaporanGerai draf =
        LaporanGerai.mulai(
            g.get("bDraf"), maret, maret.tenggat(10), null, LocalDate.of(tahun, 4, 2), "u");
    draf.isi(new LaporanGeraiAngka(1, 0, 0, 0, 0, 0, 0, 0), null, 0, LocalDate.of(tahun, 4, 2));
    laporanRepo.save(draf);
    for (String jabatan : List.of("KETUA", "SEKRETARIS", "BENDAHARA")) {
      jdbc.sql(
              "INSERT INTO pengurus (gerai_id, nama, jabatan, mulai, dibuat_pada, versi)"
                  + " VALUES (:g, 'Uji', :j, :m, :t, 0)")
          .param("g", g.get("b1"))
          .param("j", jabatan)
          .param("m", LocalDate.of(tahun, 1, 1))
          .param("t", OffsetDateTime.now())
          .update();
    }
    jam.atur(LocalDate.of(tahun, 4, 20));
  }

  @AfterEach
  void pulihkan() {
    jam.kembalikan();
  }

  boolean adaGerai(String kecamatan) {
    return jdbc.sql("SELECT COUNT(*) FROM gerai WHERE kode_wilayah LIKE :k")
            .param("k", kecamatan + ".%")
            .query(Long.class)
            .single()
        > 0;
  }

  long gerai(String kode, LocalDate buka, LocalDate tutup) {
    Gerai x =
        Gerai.buka(
            new DataGerai(
                GeraiJenis.KELURAHAN, GeraiFixture.unik("Tingkat"), kode, null, null, null, buka),
            LocalDate.now(),
            "uji");
    if (tutup != null) {
      x.nonaktifkan(tutup, "uji", "uji");
    }
    return geraiRepo.save(x).id();
  }

  void lapor(long geraiId, LocalDate dikirim) {
    LaporanGerai l = LaporanGerai.mulai(geraiId, maret, maret.tenggat(10), null, dikirim, "u");
    if (dikirim.isAfter(maret.tenggat(10))) {
      l.bukaKembali("disusulkan", dikirim);
    }
    l.isi(new LaporanGeraiAngka(1, 0, 0, 0, 0, 0, 0, 0), null, 0, dikirim);
    l.kirim(0, dikirim, Instant.now());
    laporanRepo.save(l);
  }

  @Test
  void theRatePerKecamatanIsReportsReceivedOverGeraiExpected() {
    var json =
        assertThat(
                mvc.get()
                    .uri("/api/v1/gerai/laporan/tingkat?periode={p}", maret.kode())
                    .with(stafKota()))
            .hasStatusOk()
            .bodyJson();
    String a = "$.kecamatan[?(@.kode == '" + kecA + "')]";
    String b = "$.kecamatan[?(@.kode == '" + kecB + "')]";
    json.extractingPath(a + ".diharapkan").asArray().containsExactly(4);
    json.extractingPath(a + ".diterima").asArray().containsExactly(2);
    json.extractingPath(a + ".tepatWaktu").asArray().containsExactly(1);
    json.extractingPath(a + ".terlambat").asArray().containsExactly(1);
    json.extractingPath(a + ".tingkat").asArray().containsExactly(0.5);
    json.extractingPath(b + ".diharapkan").asArray().containsExactly(3);
    json.extractingPath(b + ".diterima").asArray().containsExactly(2);
    json.extractingPath(b + ".tingkat").asArray().containsExactly(2.0 / 3);
    json.extractingPath("$.tenggat").isEqualTo(tahun + "-04-10");
    json.extractingPath("$.belumLapor[*].geraiId")
        .asArray()
        .contains(
            g.get("bolong").intValue(), g.get("tutupSelama").intValue(), g.get("bDraf").intValue())
        .doesNotContain(
            g.get("tepat").intValue(),
            g.get("bukaNanti").intValue(),
            g.get("tutupSebelum").intValue());
    json.extractingPath("$.gerai[?(@.geraiId == " + g.get("b1") + ")].pengurusLengkap")
        .asArray()
        .containsExactly(true);
    json.extractingPath("$.gerai[?(@.geraiId == " + g.get("b2") + ")].jabatanKurang")
        .asArray()
        .containsExactly(List.of("KETUA", "SEKRETARIS", "BENDAHARA"));
  }

  @Test
  void aKecamatanStaffSeesTheirKecamatanAndAnOfficerOnlyTheirGerai() {
    assertThat(
            mvc.get()
                .uri("/api/v1/gerai/laporan/tingkat?periode={p}", maret.kode())
                .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah(kecA))))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.kota.diharapkan").isEqualTo(4);
              assertThat(j).extractingPath("$.kota.diterima").isEqualTo(2);
              assertThat(j).extractingPath("$.kecamatan.length()").isEqualTo(1);
            });
    long bolong = g.get("bolong");
    assertThat(
            mvc.get()
                .uri("/api/v1/gerai/laporan/tingkat?periode={p}", maret.kode())
                .with(sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(bolong, kecA + ".1003"))))
        .bodyJson()
        .satisfies(
            j -> {
              assertThat(j).extractingPath("$.kota.diharapkan").isEqualTo(1);
              assertThat(j)
                  .extractingPath("$.gerai[*].geraiId")
                  .asArray()
                  .containsExactly((int) bolong);
            });
    assertThat(
            mvc.get()
                .uri("/api/v1/gerai/laporan/tingkat?periode={p}", maret.kode())
                .with(sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(7))))
        .bodyJson()
        .extractingPath("$.kota.diharapkan")
        .isEqualTo(0);
  }

  @Test
  void theRatePageShowsRatesAndWhoHasNotReported() {
    assertThat(
            mvc.get()
                .uri("/gerai/laporan/tingkat?periode={p}", maret.kode())
                .with(sebagai(Peran.STAF_DINAS, Cakupan.wilayah(kecA))))
        .hasStatusOk()
        .bodyText()
        .contains("50%", "Belum melapor (2)", "Pengurus belum lengkap");
    assertThat(mvc.get().uri("/gerai/laporan/tingkat?periode=bukan").with(stafKota()))
        .hasStatus4xxClientError();
  }
}
