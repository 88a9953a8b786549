package id.gerai.koperasi;

import static id.gerai.PenggunaUji.stafKota;
import static id.gerai.koperasi.KesehatanUji.SEKAYU;
import static id.gerai.koperasi.LaporanKeuanganImporUji.api;
import static id.gerai.koperasi.LaporanKeuanganImporUji.baris;
import static id.gerai.koperasi.LaporanKeuanganImporUji.csv;
import static id.gerai.koperasi.LaporanKeuanganImporUji.jumlahJejak;
import static id.gerai.koperasi.LaporanKeuanganImporUji.jumlahLaporan;
import static id.gerai.koperasi.LaporanKeuanganImporUji.koperasi;
import static id.gerai.koperasi.LaporanKeuanganImporUji.nikBaru;
import static id.gerai.koperasi.LaporanKeuanganImporUji.sehat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import id.gerai.shared.Cakupan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A failure while saving the second valid row leaves none of the file's statements written. */
@SpringBootTest
@AutoConfigureMockMvc
class LaporanKeuanganImporSemuaAtauTidakTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean LaporanKeuanganService laporan;

  @Test
  void aFailureHalfwayWritesNothing() throws Exception {
    String nikSatu = nikBaru();
    String nikGagal = nikBaru();
    long satu = koperasi(jdbc, SEKAYU, nikSatu);
    long gagal = koperasi(jdbc, SEKAYU, nikGagal);
    // The spy sits behind the security proxy: stub it as staff.
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "uji", null, List.of(new SimpleGrantedAuthority("ROLE_STAF_DINAS"))));
    try {
      doThrow(new DataIntegrityViolationException("uji"))
          .when(laporan)
          .catat(eq(gagal), anyInt(), anyMap(), any(Cakupan.class), any());
    } finally {
      SecurityContextHolder.clearContext();
    }
    byte[] berkas = csv(List.of(baris(nikSatu, 2024, sehat()), baris(nikGagal, 2024, sehat())));

    MvcTestResult r = api(mvc, berkas, "l.csv", false, stafKota());
    assertThat(r).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
        .contains("tidak ada yang disimpan");
    assertThat(jumlahLaporan(jdbc, satu)).isZero();
    assertThat(jumlahLaporan(jdbc, gagal)).isZero();
    assertThat(jumlahJejak(jdbc, satu, 2024)).isZero();
  }
}
