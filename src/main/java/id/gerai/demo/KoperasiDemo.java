package id.gerai.demo;

import id.gerai.akun.PenggunaGerai;
import id.gerai.akun.Peran;
import id.gerai.koperasi.AnggotaUsahaService;
import id.gerai.koperasi.BentukKoperasi;
import id.gerai.koperasi.CatatAnggota;
import id.gerai.koperasi.CatatAnggotaKoperasi;
import id.gerai.koperasi.CatatAnggotaUsaha;
import id.gerai.koperasi.CatatPengurus;
import id.gerai.koperasi.CatatRat;
import id.gerai.koperasi.DaftarkanKoperasi;
import id.gerai.koperasi.JenisKoperasi;
import id.gerai.koperasi.KedudukanPengurus;
import id.gerai.koperasi.KelompokKoperasi;
import id.gerai.koperasi.KepatuhanRat;
import id.gerai.koperasi.KoperasiService;
import id.gerai.koperasi.RatProperties;
import id.gerai.koperasi.RatService;
import id.gerai.koperasi.SusunanKoperasiService;
import id.gerai.shared.Cakupan;
import id.gerai.umkm.UmkmRingkas;
import id.gerai.umkm.UmkmSaringan;
import id.gerai.umkm.UmkmService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo cooperatives so the register and the RAT lists look alive: one of each type, a sharia one, a
 * secondary with member cooperatives, a Koperasi Kelurahan Merah Putih in Sekayu run by the demo
 * cooperative officer. Their RAT are on time, late, overdue, or missing two years in a row, dated
 * from today so the lists always show each case; some have member businesses of the demo register.
 */
@Component
class KoperasiDemo {

  /** Name, jenis, kelompok, bentuk, kelurahan, RAT pattern (T on time, L late, - none). */
  private static final List<String[]> DATA =
      List.of(
          new String[] {
            "Koperasi Kelurahan Merah Putih Sekayu",
            "SIMPAN_PINJAM",
            "KSP",
            "PRIMER",
            "33.74.01.1007",
            "TT"
          },
          new String[] {
            "KSP Sejahtera Bersama", "SIMPAN_PINJAM", "KSP", "PRIMER", "33.74.01.1011", "TL"
          },
          new String[] {
            "KSPPS Berkah Umat", "SIMPAN_PINJAM", "KSPPS", "PRIMER", "33.74.02.1008", "T-"
          },
          new String[] {
            "Koperasi Konsumen Pegawai Kecamatan",
            "KONSUMEN",
            "LAINNYA",
            "PRIMER",
            "33.74.10.1001",
            "--"
          },
          new String[] {
            "Koperasi Produsen Batik Semarangan", "PRODUSEN", "USP", "PRIMER", "33.74.11.1007", "TT"
          },
          new String[] {
            "Koperasi Pemasaran Bandeng Presto",
            "PEMASARAN",
            "LAINNYA",
            "PRIMER",
            "33.74.02.1008",
            "LL"
          },
          new String[] {
            "Koperasi Jasa Wisata Kota Lama", "JASA", "LAINNYA", "PRIMER", "33.74.01.1011", "T-"
          },
          new String[] {
            "Pusat Koperasi Simpan Pinjam Semarang",
            "SIMPAN_PINJAM",
            "KSP",
            "SEKUNDER",
            "33.74.01.1007",
            "TL"
          });

  private final KoperasiService koperasi;
  private final SusunanKoperasiService susunan;
  private final RatService rat;
  private final AnggotaUsahaService anggotaUsaha;
  private final UmkmService umkm;
  private final UmkmDemo umkmDemo;
  private final KepatuhanRat aturan;

  KoperasiDemo(
      KoperasiService koperasi,
      SusunanKoperasiService susunan,
      RatService rat,
      AnggotaUsahaService anggotaUsaha,
      UmkmService umkm,
      UmkmDemo umkmDemo,
      RatProperties properties) {
    this.koperasi = koperasi;
    this.susunan = susunan;
    this.rat = rat;
    this.anggotaUsaha = anggotaUsaha;
    this.umkm = umkm;
    this.umkmDemo = umkmDemo;
    this.aturan = properties.aturan();
  }

  /** Registers the demo cooperatives as Dinkop staff; the first is the demo officer's own. */
  int isi(Long akunKoperasi) {
    Cakupan kota = Cakupan.wilayah(AkunDemo.KOTA);
    PenggunaGerai staf =
        new PenggunaGerai(0, "demo", "Data demo", Peran.STAF_DINAS, kota, "", true);
    var konteks = SecurityContextHolder.createEmptyContext();
    konteks.setAuthentication(
        new UsernamePasswordAuthenticationToken(staf, null, staf.getAuthorities()));
    SecurityContextHolder.setContext(konteks);
    try {
      List<UmkmRingkas> usaha = umkm.cari(UmkmSaringan.semua(), kota).isi();
      long pertama = 0;
      for (int i = 0; i < DATA.size(); i++) {
        long id = daftarkan(DATA.get(i), i == 0 ? akunKoperasi : null, kota);
        pertama = i == 0 ? id : pertama;
        orang(id, i, kota);
        ratDemo(id, BentukKoperasi.valueOf(DATA.get(i)[3]), DATA.get(i)[5], kota);
        for (int j = i * 3; j < Math.min(usaha.size(), i * 3 + (i % 2 == 0 ? 3 : 1)); j++) {
          anggotaUsaha.tambah(
              id, new CatatAnggotaUsaha(usaha.get(j).id(), LocalDate.of(2024, 1 + i, 10)), kota);
        }
        if (DATA.get(i)[3].equals("SEKUNDER")) {
          susunan.tambahAnggotaKoperasi(
              id, new CatatAnggotaKoperasi(pertama, null, LocalDate.of(2025, 2, 1)), kota);
          susunan.tambahAnggotaKoperasi(
              id, new CatatAnggotaKoperasi(null, "KSP Mitra Usaha Kendal", null), kota);
        }
      }
      return DATA.size();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private long daftarkan(String[] d, Long akun, Cakupan kota) {
    boolean merahPutih = d[0].contains("Merah Putih");
    DaftarkanKoperasi k =
        new DaftarkanKoperasi(
            d[0],
            merahPutih
                ? "AHU-0012345.AH.01.26.TAHUN 2025"
                : "518/BH/XIV.12/" + (2000 + d[0].length()),
            LocalDate.of(merahPutih ? 2025 : 2000 + d[0].length() % 20, 3, 12),
            merahPutih ? "3374010250000001" : null,
            JenisKoperasi.valueOf(d[1]),
            KelompokKoperasi.valueOf(d[2]),
            BentukKoperasi.valueOf(d[3]),
            d[4],
            "Jl. Demo No. " + d[0].length(),
            umkmDemo.geraiKelurahan(d[4]).orElse(null),
            akun,
            LocalDate.of(merahPutih ? 2020 : 1995 + d[0].length() % 20, 7, 12),
            "Manajer " + d[0].split(" ")[1],
            2 + d[0].length() % 7,
            merahPutih ? List.of("Koperasi Kelurahan Merah Putih") : List.of());
    return koperasi.daftarkan(k, kota).id();
  }

  private void orang(long id, int i, Cakupan kota) {
    LocalDate mulai = LocalDate.of(2023, 1, 1);
    susunan.tambahPengurus(
        id,
        new CatatPengurus(
            KedudukanPengurus.PENGURUS,
            "Ketua " + (i + 1),
            "Ketua",
            mulai,
            mulai.plusYears(5).minusDays(1)),
        kota);
    susunan.tambahPengurus(
        id,
        new CatatPengurus(
            KedudukanPengurus.PENGAWAS,
            "Pengawas " + (i + 1),
            "Ketua Pengawas",
            mulai,
            mulai.plusYears(5).minusDays(1)),
        kota);
    susunan.catatAnggota(id, new CatatAnggota(2024, 30 + 7 * i, 40 + 5 * i), kota);
    susunan.catatAnggota(id, new CatatAnggota(2025, 34 + 7 * i, 45 + 5 * i), kota);
  }

  /**
   * The pattern's first letter is the RAT of the fiscal year before the latest one past its
   * deadline, the second that latest year: T on time, L late, - none held.
   */
  private void ratDemo(long id, BentukKoperasi bentuk, String pola, Cakupan kota) {
    LocalDate hariIni = rat.hariIni();
    int akhir = aturan.tahunTerakhirJatuhTempo(bentuk, hariIni);
    for (int n = 0; n < 2; n++) {
      int tahun = akhir - 1 + n;
      LocalDate batas = aturan.batas(bentuk, tahun);
      LocalDate tanggal =
          switch (pola.charAt(n)) {
            case 'T' -> batas.minusDays(20);
            case 'L' ->
                batas.plusDays(25).isAfter(hariIni) ? batas.plusDays(1) : batas.plusDays(25);
            default -> null;
          };
      if (tanggal != null) {
        rat.catat(id, new CatatRat(tahun, tanggal, 25 + n * 3, true, true), kota);
      }
    }
  }
}
