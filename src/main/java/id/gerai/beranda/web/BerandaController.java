package id.gerai.beranda.web;

import id.gerai.akun.PenggunaGerai;
import id.gerai.gerai.GeraiService;
import id.gerai.shared.Cakupan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page after sign-in, and the licence page of the data Gerai ships. */
@Controller
class BerandaController {

  private final GeraiService gerai;
  private final MessageSource pesan;

  BerandaController(GeraiService gerai, MessageSource pesan) {
    this.gerai = gerai;
    this.pesan = pesan;
  }

  @GetMapping("/")
  String beranda(@AuthenticationPrincipal PenggunaGerai pengguna, Cakupan cakupan, Model model) {
    model.addAttribute("pengguna", pengguna);
    model.addAttribute("jumlahGerai", gerai.jumlahAktif(cakupan));
    model.addAttribute(
        "cakupanLabel",
        pesan.getMessage(
            "cakupan." + cakupan.jenis(),
            new Object[] {cakupan.kodeWilayah()},
            LocaleContextHolder.getLocale()));
    return "beranda/beranda";
  }

  @GetMapping("/lisensi")
  String lisensi() {
    return "beranda/lisensi";
  }

  /** The Open Database License of the area codes, shipped beside the data as it requires. */
  @GetMapping("/lisensi/odbl")
  ResponseEntity<String> odbl() throws IOException {
    try (InputStream in = new ClassPathResource("data/wilayah/LICENSE.md").getInputStream()) {
      return ResponseEntity.ok()
          .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
          .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
