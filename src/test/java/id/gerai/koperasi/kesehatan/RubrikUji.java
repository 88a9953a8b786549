package id.gerai.koperasi.kesehatan;

import id.gerai.koperasi.LaporanKeuanganPos;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The shipped Perdep 06/2016 rubric and a hand-computed statement that scores 100: every ratio sits
 * in the best row. Tests change a few figures and compute the expected total by hand.
 */
public final class RubrikUji {

  public static final String BERKAS = "/data/kesehatan/perdep-06-2016-ksp.json";

  private RubrikUji() {}

  public static Rubrik perdep06() {
    try (InputStream in = RubrikUji.class.getResourceAsStream(BERKAS)) {
      return RubrikBaca.baca(in).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A sound KSP year. By hand: MS = 100+300+0+0+100+0.5×0 = 500; MS/aset 50% → 100; MS/PB 500% →
   * 100; CAR 10% → 100; anggota/diberikan 100% → 100; RPM 0/800 = 0 → 100; cadangan/RPM 0/0 → 100
   * (rubric rule); PB/diberikan 12.5% → 100; questionnaires all yes; beban operasi 60/100 = 60% →
   * 100; beban usaha/SHU kotor 30% → 100; karyawan/pinjaman 1% → 100; kas 60/500 = 12% → 100;
   * pinjaman/dana 80% → 100; ROA 10% → 100; ROE 25/500 = 5% → 100; kemandirian 80/40 = 200% → 100;
   * partisipasi 100/100 → 100; PEA (15+25)/400 = 10% → 100. Total 100.00, Sehat.
   */
  public static Map<String, BigDecimal> sehatPenuh() {
    Map<String, BigDecimal> m = new HashMap<>();
    isi(m, LaporanKeuanganPos.TOTAL_ASET, 1000);
    isi(m, LaporanKeuanganPos.KAS_BANK, 60);
    isi(m, LaporanKeuanganPos.KEWAJIBAN_LANCAR, 500);
    isi(m, LaporanKeuanganPos.TOTAL_EKUITAS, 500);
    isi(m, LaporanKeuanganPos.SIMPANAN_POKOK, 100);
    isi(m, LaporanKeuanganPos.SIMPANAN_WAJIB, 300);
    isi(m, LaporanKeuanganPos.SIMPANAN_BERKARAKTER_WAJIB, 0);
    isi(m, LaporanKeuanganPos.HIBAH, 0);
    isi(m, LaporanKeuanganPos.CADANGAN, 100);
    isi(m, LaporanKeuanganPos.MODAL_PENYERTAAN, 0);
    isi(m, LaporanKeuanganPos.PINJAMAN_ANGGOTA, 800);
    isi(m, LaporanKeuanganPos.PINJAMAN_NON_ANGGOTA, 0);
    isi(m, LaporanKeuanganPos.PINJAMAN_KURANG_LANCAR, 0);
    isi(m, LaporanKeuanganPos.PINJAMAN_DIRAGUKAN, 0);
    isi(m, LaporanKeuanganPos.PINJAMAN_MACET, 0);
    isi(m, LaporanKeuanganPos.PINJAMAN_BERISIKO, 100);
    isi(m, LaporanKeuanganPos.CADANGAN_RISIKO, 0);
    isi(m, LaporanKeuanganPos.DANA_DITERIMA, 1000);
    isi(m, LaporanKeuanganPos.MODAL_TERTIMBANG, 10);
    isi(m, LaporanKeuanganPos.ATMR, 100);
    isi(m, LaporanKeuanganPos.PARTISIPASI_BRUTO, 100);
    isi(m, LaporanKeuanganPos.BEBAN_POKOK, 20);
    isi(m, LaporanKeuanganPos.PENDAPATAN, 0);
    isi(m, LaporanKeuanganPos.BEBAN_USAHA, 30);
    isi(m, LaporanKeuanganPos.BEBAN_PERKOPERASIAN, 10);
    isi(m, LaporanKeuanganPos.BIAYA_KARYAWAN, 8);
    isi(m, LaporanKeuanganPos.SHU_KOTOR, 100);
    isi(m, LaporanKeuanganPos.SHU_SEBELUM_PAJAK, 100);
    isi(m, LaporanKeuanganPos.SHU_BAGIAN_ANGGOTA, 25);
    isi(m, LaporanKeuanganPos.MEPPP, 15);
    isi(m, LaporanKeuanganPos.YA_MANAJEMEN_UMUM, 12);
    isi(m, LaporanKeuanganPos.YA_KELEMBAGAAN, 6);
    isi(m, LaporanKeuanganPos.YA_PERMODALAN, 5);
    isi(m, LaporanKeuanganPos.YA_AKTIVA, 10);
    isi(m, LaporanKeuanganPos.YA_LIKUIDITAS, 5);
    return m;
  }

  /**
   * 80.00 by hand: from {@link #sehatPenuh()}, anggota 200 of 800 (25% → 0, −10); kas 50/500 = 10%
   * (→ 25, −7.5); dana 1250, 800/1250 = 64% (→ 50, −2.5).
   */
  public static Map<String, BigDecimal> delapanPuluh() {
    Map<String, BigDecimal> m = sehatPenuh();
    isi(m, LaporanKeuanganPos.PINJAMAN_ANGGOTA, 200);
    isi(m, LaporanKeuanganPos.PINJAMAN_NON_ANGGOTA, 600);
    isi(m, LaporanKeuanganPos.KAS_BANK, 50);
    isi(m, LaporanKeuanganPos.DANA_DITERIMA, 1250);
    return m;
  }

  /**
   * 66.00 by hand: from {@link #delapanPuluh()}, no yes answers for kelembagaan, permodalan,
   * aktiva, likuiditas (−12) and 4 of 12 for umum (−8 × 0.25 = −2).
   */
  public static Map<String, BigDecimal> enamPuluhEnam() {
    Map<String, BigDecimal> m = delapanPuluh();
    isi(m, LaporanKeuanganPos.YA_KELEMBAGAAN, 0);
    isi(m, LaporanKeuanganPos.YA_PERMODALAN, 0);
    isi(m, LaporanKeuanganPos.YA_AKTIVA, 0);
    isi(m, LaporanKeuanganPos.YA_LIKUIDITAS, 0);
    isi(m, LaporanKeuanganPos.YA_MANAJEMEN_UMUM, 4);
    return m;
  }

  /**
   * 51.00 by hand: from {@link #enamPuluhEnam()}, CAR 4/100 = 4% (→ 0, −3); macet 400 so RPM =
   * 400/800 = 50% (→ 0, −5) and cadangan/RPM 0% (→ 0, −5); beban pokok 57 so beban operasi 97/100 =
   * 97% (→ 50, −2), kemandirian 43/40 = 107.5% stays 100.
   */
  public static Map<String, BigDecimal> limaPuluhSatu() {
    Map<String, BigDecimal> m = enamPuluhEnam();
    isi(m, LaporanKeuanganPos.MODAL_TERTIMBANG, 4);
    isi(m, LaporanKeuanganPos.PINJAMAN_MACET, 400);
    isi(m, LaporanKeuanganPos.BEBAN_POKOK, 57);
    return m;
  }

  public static void isi(Map<String, BigDecimal> m, LaporanKeuanganPos pos, long nilai) {
    m.put(pos.kode(), BigDecimal.valueOf(nilai));
  }
}
