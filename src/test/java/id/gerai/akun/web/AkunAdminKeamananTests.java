package id.gerai.akun.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.gerai.shared.Cakupan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.ui.ExtendedModelMap;

/** The admin pages refuse non-admins by method security too, not only by the URL rule. */
@SpringBootTest
class AkunAdminKeamananTests {

  @Autowired AkunAdminController halaman;

  @Test
  @WithMockUser(roles = "STAF_DINAS")
  void staffAreRefusedEvenWithoutTheUrlRule() {
    assertThatThrownBy(() -> halaman.baru(Cakupan.wilayah("33.74"), new ExtendedModelMap()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @WithMockUser(roles = "ADMIN_DINAS")
  void adminsAreLetThrough() {
    assertThat(halaman.baru(Cakupan.wilayah("33.74"), new ExtendedModelMap()))
        .isEqualTo("akun/baru");
  }
}
