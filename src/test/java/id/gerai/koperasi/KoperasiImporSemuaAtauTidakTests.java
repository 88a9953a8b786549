package id.gerai.koperasi;

import static id.gerai.PenggunaUji.stafKota;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.shared.Cakupan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A failure while saving the third valid row leaves none of the file's rows written. */
@SpringBootTest
@AutoConfigureMockMvc
class KoperasiImporSemuaAtauTidakTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean KoperasiService koperasi;

  @Test
  void kegagalanDiTengahTidakMenyimpanApaPun() {
    String u = UUID.randomUUID().toString().substring(0, 8);
    // The spy sits behind the security proxy: stub it as staff.
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "uji", null, List.of(new SimpleGrantedAuthority("ROLE_STAF_DINAS"))));
    try {
      doThrow(new DataIntegrityViolationException("uji"))
          .when(koperasi)
          .daftarkan(
              argThat(d -> d != null && d.nama().startsWith("Kop Gagal")), any(Cakupan.class));
    } finally {
      SecurityContextHolder.clearContext();
    }
    String teks =
        String.join(
            "\n",
            "Nama Koperasi;Jenis;Kelompok;Kelurahan",
            "Kop Satu " + u + ";Jasa;LAINNYA;Sekayu",
            "Kop Dua " + u + ";Jasa;LAINNYA;Sekayu",
            "Kop Gagal " + u + ";Jasa;LAINNYA;Sekayu");
    MvcTestResult r =
        mvc.post()
            .uri("/api/v1/koperasi/impor")
            .multipart()
            .file(
                new MockMultipartFile(
                    "file", "k.csv", "text/csv", teks.getBytes(StandardCharsets.UTF_8)))
            .with(stafKota())
            .with(csrf())
            .exchange();
    assertThat(r).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(
            jdbc.sql("SELECT COUNT(*) FROM koperasi WHERE nama LIKE :n")
                .param("n", "%" + u)
                .query(Long.class)
                .single())
        .isZero();
  }
}
