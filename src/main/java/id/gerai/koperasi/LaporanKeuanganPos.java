package id.gerai.koperasi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of a year's financial statements that the health assessment reads, each with its
 * column, its group on the form, whether it may be negative (a loss) and, for the management
 * questionnaire, how many questions there are. The name of each is the name rubric formulas use.
 */
public enum LaporanKeuanganPos {
  TOTAL_ASET(Kelompok.NERACA),
  KAS_BANK(Kelompok.NERACA),
  KEWAJIBAN_LANCAR(Kelompok.NERACA),
  TOTAL_EKUITAS(Kelompok.NERACA, true, 0),
  SIMPANAN_POKOK(Kelompok.MODAL),
  SIMPANAN_WAJIB(Kelompok.MODAL),
  SIMPANAN_BERKARAKTER_WAJIB(Kelompok.MODAL),
  HIBAH(Kelompok.MODAL),
  CADANGAN(Kelompok.MODAL),
  MODAL_PENYERTAAN(Kelompok.MODAL),
  PINJAMAN_ANGGOTA(Kelompok.PINJAMAN),
  PINJAMAN_NON_ANGGOTA(Kelompok.PINJAMAN),
  PINJAMAN_KURANG_LANCAR(Kelompok.PINJAMAN),
  PINJAMAN_DIRAGUKAN(Kelompok.PINJAMAN),
  PINJAMAN_MACET(Kelompok.PINJAMAN),
  PINJAMAN_BERISIKO(Kelompok.PINJAMAN),
  CADANGAN_RISIKO(Kelompok.PINJAMAN),
  DANA_DITERIMA(Kelompok.PINJAMAN),
  MODAL_TERTIMBANG(Kelompok.PINJAMAN),
  ATMR(Kelompok.PINJAMAN),
  PARTISIPASI_BRUTO(Kelompok.HASIL_USAHA),
  BEBAN_POKOK(Kelompok.HASIL_USAHA),
  PENDAPATAN(Kelompok.HASIL_USAHA),
  BEBAN_USAHA(Kelompok.HASIL_USAHA),
  BEBAN_PERKOPERASIAN(Kelompok.HASIL_USAHA),
  BIAYA_KARYAWAN(Kelompok.HASIL_USAHA),
  SHU_KOTOR(Kelompok.HASIL_USAHA, true, 0),
  SHU_SEBELUM_PAJAK(Kelompok.HASIL_USAHA, true, 0),
  SHU_BAGIAN_ANGGOTA(Kelompok.HASIL_USAHA),
  MEPPP(Kelompok.HASIL_USAHA),
  YA_MANAJEMEN_UMUM(Kelompok.KUESIONER, false, 12),
  YA_KELEMBAGAAN(Kelompok.KUESIONER, false, 6),
  YA_PERMODALAN(Kelompok.KUESIONER, false, 5),
  YA_AKTIVA(Kelompok.KUESIONER, false, 10),
  YA_LIKUIDITAS(Kelompok.KUESIONER, false, 5);

  /** Where a figure sits on the form. */
  public enum Kelompok {
    NERACA,
    MODAL,
    PINJAMAN,
    HASIL_USAHA,
    KUESIONER
  }

  private final Kelompok kelompok;
  private final boolean bolehNegatif;
  private final int jumlahPertanyaan;

  LaporanKeuanganPos(Kelompok kelompok) {
    this(kelompok, false, 0);
  }

  LaporanKeuanganPos(Kelompok kelompok, boolean bolehNegatif, int jumlahPertanyaan) {
    this.kelompok = kelompok;
    this.bolehNegatif = bolehNegatif;
    this.jumlahPertanyaan = jumlahPertanyaan;
  }

  /** The name in the table, the API, the form and rubric formulas: {@code total_aset}. */
  public String kode() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public Kelompok kelompok() {
    return kelompok;
  }

  public boolean bolehNegatif() {
    return bolehNegatif;
  }

  /** Questionnaire answers are a count of yes answers, 0 to this; 0 for an amount. */
  public int jumlahPertanyaan() {
    return jumlahPertanyaan;
  }

  public boolean kuesioner() {
    return kelompok == Kelompok.KUESIONER;
  }

  public BigDecimal maks() {
    return kuesioner() ? BigDecimal.valueOf(jumlahPertanyaan) : null;
  }

  public static Optional<LaporanKeuanganPos> dariKode(String kode) {
    return Arrays.stream(values()).filter(p -> p.kode().equals(kode)).findFirst();
  }

  /** Every figure name, for checking rubric formulas. */
  public static Set<String> semuaKode() {
    return Arrays.stream(values()).map(LaporanKeuanganPos::kode).collect(Collectors.toSet());
  }
}
