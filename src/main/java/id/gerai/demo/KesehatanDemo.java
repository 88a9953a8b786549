package id.gerai.demo;

import id.gerai.koperasi.KoperasiRingkas;
import id.gerai.koperasi.KoperasiSaringan;
import id.gerai.koperasi.KoperasiService;
import id.gerai.koperasi.LaporanKeuanganPencatat;
import id.gerai.koperasi.LaporanKeuanganService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Financial statements of the demo KSP/USP cooperatives over the last three fiscal years, so the
 * worksheet, the history chart and the supervision list are alive: the latest years give one
 * cooperative per predicate band and one incomplete assessment. The figures (thousands of rupiah)
 * are variations of a year worked out by hand (docs/kesehatan.md): {@link #CUKUP} scores 79.55.
 */
@Component
class KesehatanDemo {

  /** Predicate band of a demo year, as a variation of the hand-computed statement. */
  enum Pita {
    SEHAT,
    CUKUP,
    PENGAWASAN,
    KHUSUS,
    TIDAK_LENGKAP
  }

  /** Cooperative name → its bands, oldest fiscal year first (the last is the latest year). */
  private static final Map<String, List<Pita>> RIWAYAT =
      Map.of(
          "Koperasi Kelurahan Merah Putih Sekayu", List.of(Pita.CUKUP, Pita.SEHAT),
          "KSP Sejahtera Bersama", List.of(Pita.SEHAT, Pita.CUKUP, Pita.PENGAWASAN),
          "Koperasi Produsen Batik Semarangan", List.of(Pita.CUKUP, Pita.PENGAWASAN, Pita.KHUSUS),
          "Pusat Koperasi Simpan Pinjam Semarang", List.of(Pita.SEHAT, Pita.TIDAK_LENGKAP));

  private final KoperasiService koperasi;
  private final LaporanKeuanganService laporan;

  KesehatanDemo(KoperasiService koperasi, LaporanKeuanganService laporan) {
    this.koperasi = koperasi;
    this.laporan = laporan;
  }

  /** Records the statements as Dinkop staff (so they start verified); returns how many years. */
  int isi(LocalDate hariIni) {
    return SebagaiStaf.jalankan(
        () -> {
          int tahunTerakhir = hariIni.getYear() - 1;
          int n = 0;
          for (KoperasiRingkas k : koperasi.cari(semua(), SebagaiStaf.KOTA).isi()) {
            List<Pita> pita = RIWAYAT.get(k.nama());
            if (pita == null) {
              continue;
            }
            for (int i = 0; i < pita.size(); i++) {
              int tahun = tahunTerakhir - (pita.size() - 1 - i);
              laporan.catat(
                  k.id(),
                  tahun,
                  angka(pita.get(i)),
                  SebagaiStaf.KOTA,
                  new LaporanKeuanganPencatat("demo", true));
              n++;
            }
          }
          return n;
        });
  }

  private static KoperasiSaringan semua() {
    return new KoperasiSaringan(
        null, null, null, null, null, null, null, null, null, null, null, null, null, 0, 200);
  }

  /**
   * SEHAT: every questionnaire answer yes (+3.95, 83.50). PENGAWASAN: no yes answers (−11.05), CAR
   * 3% (−2.25), macet 300.000 so RPM 24% (−2) and reserves 17.5% of it (−2): 62.25. KHUSUS: from
   * there cash 40% of current liabilities (−7.5) and members' loans 20% (−10): 44.75.
   */
  static Map<String, BigDecimal> angka(Pita pita) {
    Map<String, BigDecimal> m = cukup();
    switch (pita) {
      case SEHAT -> {
        isi(m, "ya_manajemen_umum", 12);
        isi(m, "ya_kelembagaan", 6);
        isi(m, "ya_permodalan", 5);
        isi(m, "ya_aktiva", 10);
        isi(m, "ya_likuiditas", 5);
      }
      case PENGAWASAN, KHUSUS -> {
        for (String ya :
            List.of("ya_manajemen_umum", "ya_kelembagaan", "ya_permodalan", "ya_aktiva")) {
          isi(m, ya, 0);
        }
        isi(m, "ya_likuiditas", 0);
        isi(m, "modal_tertimbang", 30_000);
        isi(m, "pinjaman_macet", 300_000);
        if (pita == Pita.KHUSUS) {
          isi(m, "kas_bank", 400_000);
          isi(m, "pinjaman_anggota", 300_000);
          isi(m, "pinjaman_non_anggota", 1_200_000);
        }
      }
      case TIDAK_LENGKAP -> {
        m.put("atmr", null);
        m.put("dana_diterima", null);
      }
      case CUKUP -> {}
    }
    return m;
  }

  /** The hand-computed year: 79.55, Cukup Sehat (see docs/kesehatan.md). */
  private static Map<String, BigDecimal> cukup() {
    Map<String, BigDecimal> m = new HashMap<>();
    long[] nilai = {
      2_000_000, 130_000, 1_000_000, 700_000, 50_000, 350_000, 0, 20_000, 180_000, 100_000,
      1_200_000, 300_000, 60_000, 40_000, 45_000, 390_000, 63_000, 2_000_000, 70_000, 1_000_000,
      300_000, 90_000, 200_000, 150_000, 30_000, 120_000, 250_000, 130_000, 26_000, 10_000, 9, 5, 4,
      7, 3
    };
    String[] pos = {
      "total_aset",
      "kas_bank",
      "kewajiban_lancar",
      "total_ekuitas",
      "simpanan_pokok",
      "simpanan_wajib",
      "simpanan_berkarakter_wajib",
      "hibah",
      "cadangan",
      "modal_penyertaan",
      "pinjaman_anggota",
      "pinjaman_non_anggota",
      "pinjaman_kurang_lancar",
      "pinjaman_diragukan",
      "pinjaman_macet",
      "pinjaman_berisiko",
      "cadangan_risiko",
      "dana_diterima",
      "modal_tertimbang",
      "atmr",
      "partisipasi_bruto",
      "beban_pokok",
      "pendapatan",
      "beban_usaha",
      "beban_perkoperasian",
      "biaya_karyawan",
      "shu_kotor",
      "shu_sebelum_pajak",
      "shu_bagian_anggota",
      "meppp",
      "ya_manajemen_umum",
      "ya_kelembagaan",
      "ya_permodalan",
      "ya_aktiva",
      "ya_likuiditas"
    };
    for (int i = 0; i < pos.length; i++) {
      isi(m, pos[i], nilai[i]);
    }
    return m;
  }

  private static void isi(Map<String, BigDecimal> m, String pos, long nilai) {
    m.put(pos, BigDecimal.valueOf(nilai));
  }
}
