package id.gerai.gerai.web;

import id.gerai.gerai.GeraiJenis;
import id.gerai.gerai.GeraiStatus;
import id.gerai.gerai.SaringGerai;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The list page's query: the kecamatan select, an optional finer area (from a link on an area
 * page), kind, status, name and page. The finer area wins while it lies inside the chosen
 * kecamatan; choosing another kecamatan drops it.
 */
record FilterGerai(
    String kecamatan,
    String wilayah,
    GeraiJenis jenis,
    GeraiStatus status,
    String q,
    Integer halaman,
    Integer ukuran) {

  /** The area code prefix to filter on, or null for all. */
  String prefiks() {
    if (isi(wilayah) && (!isi(kecamatan) || wilayah.strip().startsWith(kecamatan.strip()))) {
      return wilayah.strip();
    }
    return isi(kecamatan) ? kecamatan.strip() : null;
  }

  SaringGerai saring() {
    return new SaringGerai(
        prefiks(), jenis, status, q, halaman == null ? 0 : halaman, ukuran == null ? 0 : ukuran);
  }

  /** The page's own address for another page of the same list. */
  public String uri(int nomor) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/gerai");
    tambah(b, "kecamatan", kecamatan);
    tambah(b, "wilayah", wilayah);
    tambah(b, "jenis", jenis == null ? null : jenis.name());
    tambah(b, "status", status == null ? null : status.name());
    tambah(b, "q", q);
    tambah(b, "ukuran", ukuran == null ? null : ukuran.toString());
    b.queryParam("halaman", nomor);
    return b.encode().build().toUriString();
  }

  private static void tambah(UriComponentsBuilder b, String nama, String nilai) {
    if (isi(nilai)) {
      b.queryParam(nama, nilai.strip());
    }
  }

  private static boolean isi(String s) {
    return s != null && !s.isBlank();
  }
}
