package id.gerai.demo;

import id.gerai.koperasi.KoperasiRingkas;
import id.gerai.koperasi.KoperasiSaringan;
import id.gerai.koperasi.KoperasiService;
import id.gerai.umkm.UmkmRingkas;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UmkmService;
import id.gerai.umkm.UmkmSingkat;
import id.gerai.umkm.UmkmSingkatService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The movement's demo data after the registers are filled: the cooperatives' statements (health
 * assessment), forum members and gerai reports, and consultation cases.
 */
@Component
class GerakanDemo {

  private final UmkmService umkm;
  private final UmkmSingkatService singkat;
  private final KoperasiService koperasi;
  private final KesehatanDemo kesehatan;
  private final GeraiDemo gerai;
  private final KonsultasiDemo konsultasi;

  GerakanDemo(
      UmkmService umkm,
      UmkmSingkatService singkat,
      KoperasiService koperasi,
      KesehatanDemo kesehatan,
      GeraiDemo gerai,
      KonsultasiDemo konsultasi) {
    this.umkm = umkm;
    this.singkat = singkat;
    this.koperasi = koperasi;
    this.kesehatan = kesehatan;
    this.gerai = gerai;
    this.konsultasi = konsultasi;
  }

  /** Fills the three parts; returns a line per part for the start-up log. */
  List<String> isi(Long akunPendamping) {
    List<UmkmSingkat> usaha =
        SebagaiStaf.jalankan(
            () ->
                umkm.cari(UmkmSaringan.semua(), SebagaiStaf.KOTA).isi().stream()
                    .map(UmkmRingkas::id)
                    .limit(40)
                    .map(id -> singkat.ringkas(id, SebagaiStaf.KOTA))
                    .toList());
    int laporan = kesehatan.isi(LocalDate.now(ZoneId.of("Asia/Jakarta")));
    int anggota = gerai.isi(usaha);
    int kasus = konsultasi.isi(usaha, merahPutih(), akunPendamping);
    return List.of(
        laporan + " cooperative statements", anggota + " forum members", kasus + " cases");
  }

  private Long merahPutih() {
    KoperasiSaringan s =
        new KoperasiSaringan(
            "Merah Putih Sekayu",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0,
            1);
    return SebagaiStaf.jalankan(
        () ->
            koperasi.cari(s, SebagaiStaf.KOTA).isi().stream()
                .findFirst()
                .map(KoperasiRingkas::id)
                .orElse(null));
  }
}
