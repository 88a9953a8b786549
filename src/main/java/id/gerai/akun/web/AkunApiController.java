package id.gerai.akun.web;

import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/akun}: lets a token client check who it is and what it may see. */
@RestController
@RequestMapping("/api/v1/akun")
class AkunApiController {

  /** The caller: never a password hash. */
  record Saya(String namaPengguna, String namaLengkap, Peran peran, Cakupan cakupan) {}

  @GetMapping("/saya")
  Saya saya(@AuthenticationPrincipal PenggunaGerai saya) {
    return new Saya(saya.namaPengguna(), saya.namaLengkap(), saya.peran(), saya.cakupan());
  }
}
