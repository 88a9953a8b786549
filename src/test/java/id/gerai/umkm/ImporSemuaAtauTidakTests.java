package id.gerai.umkm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.PenulisMassal;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A failure in the middle of a file leaves nothing of that file in the register. */
@SpringBootTest
@WithMockUser(username = "uji-impor", roles = "ADMIN_DINAS")
class ImporSemuaAtauTidakTests {

  @Autowired ImporService impor;
  @Autowired JdbcClient jdbc;
  @MockitoSpyBean PenulisMassal penulis;

  @Test
  void kegagalanDiTengahBerkasTidakMenyisakanApaPun() throws IOException {
    ImporUji f = new ImporUji();
    // owners and businesses of the chunk are written; the yearly figures then fail
    doThrow(new DataIntegrityViolationException("uji"))
        .when(penulis)
        .sisipkan(argThat("angka_tahunan"::equals), any(), any());

    assertThatThrownBy(
            () -> impor.simpan(new ImporBerkas(f.csvBerkas(), false), Cakupan.wilayah("33.74")))
        .isInstanceOf(MasukanTidakSah.class)
        .hasMessage("impor.gagal-simpan");

    assertThat(f.jumlahUsaha(jdbc)).isZero();
    assertThat(f.jumlahPelaku(jdbc)).isZero();
    assertThat(
            jdbc.sql(
                    "SELECT COUNT(*) FROM angka_tahunan a JOIN usaha u ON u.id = a.usaha_id"
                        + " WHERE u.nama LIKE :n")
                .param("n", "% " + f.u)
                .query(Long.class)
                .single())
        .isZero();
  }
}
