package id.gerai.kegiatan;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Cakupan;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Festivals: acceptance within capacity with places kept for binaan businesses, booths, sales per
 * day turned into a milestone attributed to the festival, and counts that match the tenant list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FestivalTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired FestivalService festival;

  KegiatanUji uji;
  KegiatanApi api;
  long kegiatan;
  LocalDate hari;

  @BeforeEach
  void siapkan() {
    uji = new KegiatanUji(jdbc);
    api = new KegiatanApi(mvc);
    hari = LocalDate.now(KegiatanWaktu.ZONA).minusDays(2);
    kegiatan =
        api.buat(
            KegiatanUji.json(
                "FESTIVAL",
                KegiatanUji.unik("Festival Kopi"),
                hari + "T08:00",
                hari.plusDays(1) + "T21:00",
                null,
                KegiatanUji.SEKAYU,
                3,
                1),
            stafKota());
  }

  @AfterEach
  void lupakan() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void binaanPlacesAreKeptAndCountsMatchTheList() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                "staf-uji", "x", List.of(new SimpleGrantedAuthority("ROLE_STAF_DINAS"))));
    Cakupan kota = Cakupan.wilayah("33.74");
    long[] biasa = new long[3];
    for (int i = 0; i < 3; i++) {
      biasa[i] = uji.usaha(KegiatanUji.unik("Usaha Biasa " + i), KegiatanUji.SEKAYU, null);
    }
    long binaan = uji.usaha(KegiatanUji.unik("Usaha Binaan"), KegiatanUji.SEKAYU, null);
    uji.binaan(binaan, hari.minusMonths(3));
    long laterBinaan = uji.usaha(KegiatanUji.unik("Binaan Kemudian"), KegiatanUji.SEKAYU, null);
    uji.binaan(laterBinaan, hari.plusDays(1));

    long t0 = festival.ajukan(kegiatan, biasa[0], kota);
    long t1 = festival.ajukan(kegiatan, biasa[1], kota);
    long t2 = festival.ajukan(kegiatan, biasa[2], kota);
    long tb = festival.ajukan(kegiatan, binaan, kota);
    festival.terima(kegiatan, t0, kota);
    festival.terima(kegiatan, t1, kota);
    // The third place is kept for a binaan business.
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> festival.terima(kegiatan, t2, kota)))
        .hasMessageContaining("kegiatan.tenant.kuota-binaan");
    festival.terima(kegiatan, tb, kota);
    // Full now, even for a binaan one (binaan after the festival's first day does not count).
    long tl = festival.ajukan(kegiatan, laterBinaan, kota);
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> festival.terima(kegiatan, tl, kota)))
        .hasMessageContaining("kegiatan.tenant.penuh");

    RingkasanFestival r = festival.ringkasan(kegiatan, kota);
    List<TenantRingkas> daftar = festival.tenant(kegiatan, kota);
    List<TenantRingkas> diterima =
        daftar.stream().filter(t -> t.status() == TenantStatus.DITERIMA).toList();
    assertThat(r.tenant()).isEqualTo(3).isEqualTo(diterima.size());
    assertThat(r.binaan())
        .isEqualTo(1)
        .isEqualTo(diterima.stream().filter(TenantRingkas::binaan).count());
    assertThat(r.diajukan()).isEqualTo(2);
    assertThat(daftar.stream().filter(t -> t.id() == tl).findFirst().orElseThrow().binaan())
        .isFalse();
  }

  @Test
  void boothsSalesAndAMilestoneThroughPagesAndApi() {
    long usaha = uji.usaha(KegiatanUji.unik("Wingko Babat"), KegiatanUji.SEKAYU, null);
    uji.binaan(usaha, hari.minusYears(1));
    post("/kegiatan/" + kegiatan + "/festival/stan", "kode", "A1");
    post("/kegiatan/" + kegiatan + "/festival/stan", "kode", "A2");
    post("/kegiatan/" + kegiatan + "/festival/tenant", "usahaId", String.valueOf(usaha));
    long tenant = satu("SELECT id FROM tenant WHERE kegiatan_id = " + kegiatan);
    post("/kegiatan/" + kegiatan + "/festival/tenant/" + tenant + "/terima");
    long a2 = satu("SELECT id FROM stan WHERE kegiatan_id = " + kegiatan + " AND kode = 'A2'");
    post(
        "/kegiatan/" + kegiatan + "/festival/tenant/" + tenant + "/stan",
        "stanId",
        String.valueOf(a2));
    mvc.post()
        .uri("/kegiatan/{k}/festival/tenant/{t}/penjualan", kegiatan, tenant)
        .param("tanggal", hari.toString())
        .param("nilai", "1250000")
        .with(stafKota())
        .with(csrf())
        .exchange();
    // A day outside the festival is refused.
    assertThat(
            mvc.post()
                .uri("/kegiatan/{k}/festival/tenant/{t}/penjualan", kegiatan, tenant)
                .param("tanggal", hari.minusDays(5).toString())
                .param("nilai", "100")
                .with(stafKota())
                .with(csrf()))
        .flash()
        .containsKey("galat");
    long penjualan = satu("SELECT id FROM penjualan_tenant WHERE tenant_id = " + tenant);
    post("/kegiatan/" + kegiatan + "/festival/penjualan/" + penjualan + "/tonggak");

    Long tonggak =
        jdbc.sql("SELECT tonggak_id FROM penjualan_tenant WHERE id = :id")
            .param("id", penjualan)
            .query(Long.class)
            .single();
    assertThat(tonggak).isNotNull();
    assertThat(
            jdbc.sql("SELECT usaha_id, jenis, atribusi FROM tonggak WHERE id = :id")
                .param("id", tonggak)
                .query()
                .singleRow())
        .containsEntry("usaha_id", usaha)
        .containsEntry("jenis", "PERUBAHAN_OMZET")
        .containsEntry("atribusi", "Kegiatan " + kegiatan + ": " + judul());

    assertThat(mvc.get().uri("/kegiatan/{k}/festival", kegiatan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("1 tenant, 1 binaan", "1 dari 2 stan terisi", "Wingko Babat");
    assertThat(mvc.get().uri("/api/v1/kegiatan/{k}/festival", kegiatan).with(stafKota()))
        .hasStatusOk()
        .bodyText()
        .contains("\"tenant\":1", "\"binaan\":1", "\"stan\":\"A2\"", "\"binaan\":true");
    assertThat(mvc.get().uri("/kegiatan/usaha/{u}", usaha).with(stafKota()))
        .bodyText()
        .contains("Festival Kopi", "Tenant");
  }

  private String judul() {
    return jdbc.sql("SELECT judul FROM kegiatan WHERE id = :id")
        .param("id", kegiatan)
        .query(String.class)
        .single();
  }

  private long satu(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  private void post(String uri, String... param) {
    var req = mvc.post().uri(uri).with(stafKota()).with(csrf());
    for (int i = 0; i < param.length; i += 2) {
      req = req.param(param[i], param[i + 1]);
    }
    assertThat(req).hasStatus(HttpStatus.FOUND).flash().doesNotContainKey("galat");
  }
}
