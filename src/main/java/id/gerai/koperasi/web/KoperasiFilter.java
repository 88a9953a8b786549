package id.gerai.koperasi.web;

import id.gerai.koperasi.BentukKoperasi;
import id.gerai.koperasi.JenisKoperasi;
import id.gerai.koperasi.KelompokKoperasi;
import id.gerai.koperasi.KoperasiSaringan;
import id.gerai.koperasi.StatusKoperasi;
import id.gerai.koperasi.StatusRat;
import id.gerai.koperasi.StatusVerifikasi;
import org.springframework.web.util.UriComponentsBuilder;

/** The list page's query, and its own address for another page of the same list. */
record KoperasiFilter(
    String q,
    String kecamatan,
    String kelurahan,
    Long gerai,
    JenisKoperasi jenis,
    KelompokKoperasi kelompok,
    BentukKoperasi bentuk,
    StatusKoperasi status,
    StatusVerifikasi verifikasi,
    StatusRat rat,
    String program,
    String predikat,
    String urut,
    Integer halaman,
    Integer ukuran) {

  KoperasiSaringan saringan() {
    return new KoperasiSaringan(
        q,
        kecamatan,
        kelurahan,
        gerai,
        jenis,
        kelompok,
        bentuk,
        status,
        verifikasi,
        rat,
        program,
        predikat,
        urut,
        halaman,
        ukuran);
  }

  public String uri(int nomor) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/koperasi");
    tambah(b, "q", q);
    tambah(b, "kecamatan", kecamatan);
    tambah(b, "kelurahan", kelurahan);
    tambah(b, "gerai", gerai);
    tambah(b, "jenis", jenis);
    tambah(b, "kelompok", kelompok);
    tambah(b, "bentuk", bentuk);
    tambah(b, "status", status);
    tambah(b, "verifikasi", verifikasi);
    tambah(b, "rat", rat);
    tambah(b, "program", program);
    tambah(b, "predikat", predikat);
    tambah(b, "urut", urut);
    tambah(b, "ukuran", ukuran);
    b.queryParam("halaman", nomor);
    return b.encode().build().toUriString();
  }

  private static void tambah(UriComponentsBuilder b, String nama, Object nilai) {
    if (nilai != null && !nilai.toString().isBlank()) {
      b.queryParam(nama, nilai.toString().strip());
    }
  }
}
