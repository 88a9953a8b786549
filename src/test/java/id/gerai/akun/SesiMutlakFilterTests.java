package id.gerai.akun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SesiMutlakFilterTests {

  private final SesiMutlakFilter filter = new SesiMutlakFilter(Duration.ofHours(12));

  @Test
  void aSessionOlderThanTheAbsoluteLimitEndsEvenWhenActive() throws Exception {
    MockHttpSession tua = sesiBerumur(Duration.ofHours(13));
    MockHttpServletResponse jawaban = jalankan(tua);
    assertThat(tua.isInvalid()).isTrue();
    assertThat(jawaban.getRedirectedUrl()).isEqualTo("/login?kedaluwarsa");
  }

  @Test
  void aYoungerSessionGoesOn() throws Exception {
    MockHttpSession muda = sesiBerumur(Duration.ofHours(11));
    MockHttpServletResponse jawaban = jalankan(muda);
    assertThat(muda.isInvalid()).isFalse();
    assertThat(jawaban.getRedirectedUrl()).isNull();
  }

  private MockHttpServletResponse jalankan(MockHttpSession sesi) throws Exception {
    MockHttpServletRequest permintaan = new MockHttpServletRequest("GET", "/gerai");
    permintaan.setSession(sesi);
    MockHttpServletResponse jawaban = new MockHttpServletResponse();
    filter.doFilter(permintaan, jawaban, new MockFilterChain());
    return jawaban;
  }

  private static MockHttpSession sesiBerumur(Duration umur) {
    long dibuat = System.currentTimeMillis() - umur.toMillis();
    return new MockHttpSession() {
      @Override
      public long getCreationTime() {
        return dibuat;
      }
    };
  }
}
