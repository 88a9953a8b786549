package id.gerai.wilayah.web;

import id.gerai.wilayah.Wilayah;
import id.gerai.wilayah.WilayahService;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/wilayah}: the area tree for API clients. */
@RestController
@RequestMapping("/api/v1/wilayah")
class WilayahApiController {

  private final WilayahService wilayah;

  WilayahApiController(WilayahService wilayah) {
    this.wilayah = wilayah;
  }

  /** The area with its chain of parents, province first. */
  record WilayahDenganRantai(
      String kode, String nama, String tingkat, String jenis, String induk, List<Wilayah> rantai) {}

  @GetMapping("/{kode}")
  WilayahDenganRantai ambil(@PathVariable String kode) {
    Wilayah w = wilayah.ambil(kode);
    List<Wilayah> rantai = wilayah.rantai(w.kode());
    return new WilayahDenganRantai(
        w.kode(),
        w.nama(),
        w.tingkat().name(),
        w.jenis(),
        w.induk(),
        rantai.subList(0, rantai.size() - 1));
  }

  @GetMapping("/{kode}/anak")
  List<Wilayah> anak(@PathVariable String kode) {
    return wilayah.anak(kode);
  }

  @GetMapping
  List<Wilayah> cari(
      @RequestParam(name = "q", defaultValue = "") String q,
      @RequestParam(name = "dalam", required = false) String dalam,
      @RequestParam(name = "batas", defaultValue = "20") int batas) {
    return wilayah.cariNama(q, dalam, batas);
  }
}
