package id.gerai.gerai.web;

import id.gerai.gerai.SuratKeputusanService;
import id.gerai.shared.Cakupan;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/sk/{id}/berkas}: a decree's PDF for API clients, with the same rules as pages. */
@RestController
class SuratKeputusanApiController {

  private final SuratKeputusanService suratKeputusan;

  SuratKeputusanApiController(SuratKeputusanService suratKeputusan) {
    this.suratKeputusan = suratKeputusan;
  }

  @GetMapping("/api/v1/sk/{id}/berkas")
  ResponseEntity<Resource> unduh(@PathVariable long id, Cakupan cakupan) {
    return SuratKeputusanController.jawab(suratKeputusan.berkas(id, cakupan));
  }
}
