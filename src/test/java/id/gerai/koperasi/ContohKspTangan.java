package id.gerai.koperasi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A KSP year computed by hand from the shipped rubric file
 * (data/kesehatan/perdep-06-2016-ksp.json), not derived from the engine's own worked examples.
 * Figures in thousands of rupiah.
 *
 * <p>Derived quantities: modal sendiri = 50.000 + 350.000 + 0 + 20.000 + 180.000 + 0,5 × 100.000 =
 * 650.000; pinjaman diberikan = 1.200.000 + 300.000 = 1.500.000; RPM = 0,5 × 60.000 + 0,75 × 40.000
 * + 1 × 45.000 = 105.000; beban operasi anggota = 90.000 + 150.000 + 30.000 = 270.000; beban usaha
 * + perkoperasian = 180.000; partisipasi netto = 300.000 − 90.000 = 210.000; PEA = 10.000 + 26.000
 * = 36.000.
 *
 * <p>Permodalan (15): MS/aset 650/2.000 = 32,5% in (20,40] → 50 × 6 = 3,00; MS/pinjaman berisiko
 * 650/390 = 166,7% in (90,inf) → 100 × 6 = 6,00; CAR 70/1.000 = 7% in (6,8] → 75 × 3 = 2,25;
 * subtotal 11,25.
 *
 * <p>Kualitas aktiva (25): anggota/diberikan 1.200/1.500 = 80% in (75,inf) → 100 × 10 = 10,00; RPM
 * 105/1.500 = 7% in (0,10] → 80 × 5 = 4,00; cadangan risiko/RPM 63/105 = 60% in (50,60] → 60 × 5 =
 * 3,00; berisiko/diberikan 390/1.500 = 26% in [21,26] → 75 × 5 = 3,75; subtotal 20,75.
 *
 * <p>Manajemen (15, ratio of yes answers × 3): umum 9/12 = 2,25; kelembagaan 5/6 = 2,50; permodalan
 * 4/5 = 2,40; aktiva 7/10 = 2,10; likuiditas 3/5 = 1,80; subtotal 11,05.
 *
 * <p>Efisiensi (10): beban operasi/partisipasi bruto 270/300 = 90% in [90,95) → 75 × 4 = 3,00;
 * beban usaha/SHU kotor 150/250 = 60% in (40,60] → 75 × 4 = 3,00; biaya karyawan/pinjaman 120/1.500
 * = 8% in (5,10] → 75 × 2 = 1,50; subtotal 7,50.
 *
 * <p>Likuiditas (15): kas/kewajiban lancar 130/1.000 = 13% in (10,15] → 100 × 10 = 10,00;
 * pinjaman/dana diterima 1.500/2.000 = 75% in [70,80) → 75 × 5 = 3,75; subtotal 13,75.
 *
 * <p>Kemandirian (10): SHU sebelum pajak/aset 130/2.000 = 6,5% in [5,7.5) → 50 × 3 = 1,50; SHU
 * anggota/MS 26/650 = 4% in [4,5) → 75 × 3 = 2,25; partisipasi netto/beban 210/180 = 116,7% in
 * (100,inf) → 100 × 4 = 4,00; subtotal 7,75.
 *
 * <p>Jatidiri (10): partisipasi bruto/(bruto + pendapatan) 300/500 = 60% in [50,75) → 75 × 7 =
 * 5,25; PEA/(pokok + wajib) 36/400 = 9% in [7.5,10) → 75 × 3 = 2,25; subtotal 7,50.
 *
 * <p>Total 11,25 + 20,75 + 11,05 + 7,50 + 13,75 + 7,75 + 7,50 = 79,55: Cukup Sehat [66,80).
 */
public final class ContohKspTangan {

  public static final String TOTAL = "79.55";
  public static final String TOTAL_TAMPIL = "79,55";
  public static final String PREDIKAT = "CUKUP_SEHAT";

  private ContohKspTangan() {}

  /** The statement, in the order the form shows its fields. */
  public static Map<String, BigDecimal> angka() {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    isi(m, LaporanKeuanganPos.TOTAL_ASET, 2_000_000);
    isi(m, LaporanKeuanganPos.KAS_BANK, 130_000);
    isi(m, LaporanKeuanganPos.KEWAJIBAN_LANCAR, 1_000_000);
    isi(m, LaporanKeuanganPos.TOTAL_EKUITAS, 700_000);
    isi(m, LaporanKeuanganPos.SIMPANAN_POKOK, 50_000);
    isi(m, LaporanKeuanganPos.SIMPANAN_WAJIB, 350_000);
    isi(m, LaporanKeuanganPos.SIMPANAN_BERKARAKTER_WAJIB, 0);
    isi(m, LaporanKeuanganPos.HIBAH, 20_000);
    isi(m, LaporanKeuanganPos.CADANGAN, 180_000);
    isi(m, LaporanKeuanganPos.MODAL_PENYERTAAN, 100_000);
    isi(m, LaporanKeuanganPos.PINJAMAN_ANGGOTA, 1_200_000);
    isi(m, LaporanKeuanganPos.PINJAMAN_NON_ANGGOTA, 300_000);
    isi(m, LaporanKeuanganPos.PINJAMAN_KURANG_LANCAR, 60_000);
    isi(m, LaporanKeuanganPos.PINJAMAN_DIRAGUKAN, 40_000);
    isi(m, LaporanKeuanganPos.PINJAMAN_MACET, 45_000);
    isi(m, LaporanKeuanganPos.PINJAMAN_BERISIKO, 390_000);
    isi(m, LaporanKeuanganPos.CADANGAN_RISIKO, 63_000);
    isi(m, LaporanKeuanganPos.DANA_DITERIMA, 2_000_000);
    isi(m, LaporanKeuanganPos.MODAL_TERTIMBANG, 70_000);
    isi(m, LaporanKeuanganPos.ATMR, 1_000_000);
    isi(m, LaporanKeuanganPos.PARTISIPASI_BRUTO, 300_000);
    isi(m, LaporanKeuanganPos.BEBAN_POKOK, 90_000);
    isi(m, LaporanKeuanganPos.PENDAPATAN, 200_000);
    isi(m, LaporanKeuanganPos.BEBAN_USAHA, 150_000);
    isi(m, LaporanKeuanganPos.BEBAN_PERKOPERASIAN, 30_000);
    isi(m, LaporanKeuanganPos.BIAYA_KARYAWAN, 120_000);
    isi(m, LaporanKeuanganPos.SHU_KOTOR, 250_000);
    isi(m, LaporanKeuanganPos.SHU_SEBELUM_PAJAK, 130_000);
    isi(m, LaporanKeuanganPos.SHU_BAGIAN_ANGGOTA, 26_000);
    isi(m, LaporanKeuanganPos.MEPPP, 10_000);
    isi(m, LaporanKeuanganPos.YA_MANAJEMEN_UMUM, 9);
    isi(m, LaporanKeuanganPos.YA_KELEMBAGAAN, 5);
    isi(m, LaporanKeuanganPos.YA_PERMODALAN, 4);
    isi(m, LaporanKeuanganPos.YA_AKTIVA, 7);
    isi(m, LaporanKeuanganPos.YA_LIKUIDITAS, 3);
    return m;
  }

  private static void isi(Map<String, BigDecimal> m, LaporanKeuanganPos pos, long nilai) {
    m.put(pos.kode(), BigDecimal.valueOf(nilai));
  }
}
