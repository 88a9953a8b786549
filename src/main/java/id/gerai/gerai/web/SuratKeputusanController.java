package id.gerai.gerai.web;

import id.gerai.gerai.SuratKeputusanService;
import id.gerai.shared.Cakupan;
import id.gerai.shared.berkas.BerkasUnduhan;
import id.gerai.shared.web.JawabanBerkas;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sk/{id}/berkas}: a decree's PDF, always as an attachment under its sanitised name and
 * never sniffed as anything else. A gerai's decree is only for a caller whose scope reaches the
 * gerai (else 404); a forum decree is for every signed-in user.
 */
@RestController
class SuratKeputusanController {

  private final SuratKeputusanService suratKeputusan;

  SuratKeputusanController(SuratKeputusanService suratKeputusan) {
    this.suratKeputusan = suratKeputusan;
  }

  @GetMapping("/sk/{id}/berkas")
  ResponseEntity<Resource> unduh(@PathVariable long id, Cakupan cakupan) {
    return jawab(suratKeputusan.berkas(id, cakupan));
  }

  static ResponseEntity<Resource> jawab(BerkasUnduhan berkas) {
    return JawabanBerkas.lampiran(berkas);
  }
}
