package id.gerai.umkm.web;

import id.gerai.umkm.KelasUsaha;
import id.gerai.umkm.LegalitasJenis;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UsahaStatus;
import id.gerai.umkm.VerifikasiStatus;
import org.springframework.web.util.UriComponentsBuilder;

/** The list page's query, and its own address for another page of the same list. */
record UmkmFilter(
    String q,
    String kecamatan,
    String kelurahan,
    Long gerai,
    String kbli,
    VerifikasiStatus verifikasi,
    UsahaStatus status,
    KelasUsaha kelas,
    Boolean binaan,
    LegalitasJenis punyaIzin,
    LegalitasJenis tanpaIzin,
    String tangga,
    String urut,
    Integer halaman,
    Integer ukuran) {

  UmkmSaringan saringan() {
    return new UmkmSaringan(
        q,
        kecamatan,
        kelurahan,
        gerai,
        kbli,
        verifikasi,
        status,
        kelas,
        binaan,
        punyaIzin,
        tanpaIzin,
        tangga,
        urut,
        halaman,
        ukuran);
  }

  public String uri(int nomor) {
    UriComponentsBuilder b = saringan(UriComponentsBuilder.fromPath("/umkm"));
    tambah(b, "urut", urut);
    tambah(b, "ukuran", ukuran == null ? null : ukuran.toString());
    b.queryParam("halaman", nomor);
    return b.encode().build().toUriString();
  }

  /** The export of this list ({@code csv} or {@code xlsx}): every filter, no paging. */
  public String uriEkspor(String format) {
    return saringan(UriComponentsBuilder.fromPath("/umkm/ekspor." + format))
        .encode()
        .build()
        .toUriString();
  }

  private UriComponentsBuilder saringan(UriComponentsBuilder b) {
    tambah(b, "q", q);
    tambah(b, "kecamatan", kecamatan);
    tambah(b, "kelurahan", kelurahan);
    tambah(b, "gerai", gerai == null ? null : gerai.toString());
    tambah(b, "kbli", kbli);
    tambah(b, "verifikasi", verifikasi == null ? null : verifikasi.name());
    tambah(b, "status", status == null ? null : status.name());
    tambah(b, "kelas", kelas == null ? null : kelas.name());
    tambah(b, "binaan", binaan == null ? null : binaan.toString());
    tambah(b, "punyaIzin", punyaIzin == null ? null : punyaIzin.name());
    tambah(b, "tanpaIzin", tanpaIzin == null ? null : tanpaIzin.name());
    tambah(b, "tangga", tangga);
    return b;
  }

  private static void tambah(UriComponentsBuilder b, String nama, String nilai) {
    if (nilai != null && !nilai.isBlank()) {
      b.queryParam(nama, nilai.strip());
    }
  }
}
