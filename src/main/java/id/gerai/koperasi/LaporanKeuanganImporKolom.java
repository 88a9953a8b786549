package id.gerai.koperasi;

import static id.gerai.koperasi.LaporanKeuanganPos.*;

import id.gerai.shared.impor.KepalaKolom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements import's columns: the cooperative (its id, Nomor Induk Koperasi or legal entity
 * number; its name only helps the reader), the fiscal year, then one column per figure of the form.
 * Each is known by its Indonesian header and common variants; a figure also by its name in the API
 * ({@code total_aset}). Case, dots, dashes, underscores, brackets and spacing are ignored.
 */
record LaporanKeuanganImporKolom(String kunci, LaporanKeuanganPos pos, List<String> nama) {

  static final LaporanKeuanganImporKolom ID = identitas("id", "ID Koperasi", "Id", "Koperasi ID");
  static final LaporanKeuanganImporKolom NOMOR_INDUK =
      identitas(
          "nik", "Nomor Induk Koperasi", "NIK Koperasi", "NIK", "No Induk Koperasi", "Nomor Induk");
  static final LaporanKeuanganImporKolom NOMOR_BADAN_HUKUM =
      identitas("bh", "Nomor Badan Hukum", "No Badan Hukum", "Nomor BH", "No BH", "Badan Hukum");
  static final LaporanKeuanganImporKolom NAMA = identitas("nama", "Nama Koperasi", "Nama");
  static final LaporanKeuanganImporKolom TAHUN =
      identitas("tahun", "Tahun Buku", "Tahun", "Tahun Laporan", "Tahun Anggaran");

  private static final Map<LaporanKeuanganPos, List<String>> JUDUL_POS = judulPos();
  private static final List<LaporanKeuanganImporKolom> SEMUA = semuaKolom();

  private static LaporanKeuanganImporKolom identitas(String kunci, String... nama) {
    return new LaporanKeuanganImporKolom(kunci, null, List.of(nama));
  }

  /** Every column in template order. */
  static List<LaporanKeuanganImporKolom> semua() {
    return SEMUA;
  }

  static LaporanKeuanganImporKolom dariPos(LaporanKeuanganPos pos) {
    return SEMUA.stream().filter(k -> k.pos == pos).findFirst().orElseThrow();
  }

  /** The header as the template writes it. */
  String judul() {
    return nama.get(0);
  }

  static Optional<LaporanKeuanganImporKolom> dari(String kepala) {
    String k = rapikan(kepala);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    return SEMUA.stream()
        .filter(
            kolom ->
                kolom.nama.stream().map(LaporanKeuanganImporKolom::rapikan).anyMatch(k::equals))
        .findFirst();
  }

  static String rapikan(String s) {
    if (s == null) {
      return "";
    }
    String t = s.replace('_', ' ').replace('-', ' ').replace('(', ' ').replace(')', ' ');
    return KepalaKolom.rapikan(t.replace("&", " dan ")).replaceAll("\\s+", " ");
  }

  private static List<LaporanKeuanganImporKolom> semuaKolom() {
    List<LaporanKeuanganImporKolom> k =
        new ArrayList<>(List.of(ID, NOMOR_INDUK, NOMOR_BADAN_HUKUM, NAMA, TAHUN));
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      List<String> nama = new ArrayList<>(JUDUL_POS.get(p));
      nama.add(p.kode());
      k.add(new LaporanKeuanganImporKolom(p.kode(), p, List.copyOf(nama)));
    }
    return List.copyOf(k);
  }

  private static Map<LaporanKeuanganPos, List<String>> judulPos() {
    Map<LaporanKeuanganPos, List<String>> m = new EnumMap<>(LaporanKeuanganPos.class);
    m.put(TOTAL_ASET, List.of("Total Aset", "Jumlah Aset", "Total Aktiva", "Jumlah Aktiva"));
    m.put(KAS_BANK, List.of("Kas dan Bank", "Kas Bank", "Kas"));
    m.put(KEWAJIBAN_LANCAR, List.of("Kewajiban Lancar", "Utang Lancar", "Hutang Lancar"));
    m.put(
        TOTAL_EKUITAS,
        List.of("Total Ekuitas", "Jumlah Ekuitas", "Ekuitas", "Modal Sendiri di Neraca"));
    m.put(SIMPANAN_POKOK, List.of("Simpanan Pokok"));
    m.put(SIMPANAN_WAJIB, List.of("Simpanan Wajib"));
    m.put(
        SIMPANAN_BERKARAKTER_WAJIB,
        List.of("Simpanan Lain Berkarakter Wajib", "Simpanan Berkarakter Wajib"));
    m.put(HIBAH, List.of("Hibah"));
    m.put(CADANGAN, List.of("Cadangan dari SHU", "Cadangan"));
    m.put(MODAL_PENYERTAAN, List.of("Modal Penyertaan"));
    m.put(
        PINJAMAN_ANGGOTA,
        List.of(
            "Pinjaman Diberikan kepada Anggota", "Pinjaman kepada Anggota", "Pinjaman Anggota"));
    m.put(
        PINJAMAN_NON_ANGGOTA,
        List.of(
            "Pinjaman Diberikan kepada Non-Anggota",
            "Pinjaman kepada Non-Anggota",
            "Pinjaman Non-Anggota",
            "Pinjaman Nonanggota"));
    m.put(PINJAMAN_KURANG_LANCAR, List.of("Pinjaman Kurang Lancar"));
    m.put(PINJAMAN_DIRAGUKAN, List.of("Pinjaman Diragukan"));
    m.put(PINJAMAN_MACET, List.of("Pinjaman Macet"));
    m.put(
        PINJAMAN_BERISIKO,
        List.of("Pinjaman Diberikan yang Berisiko", "Pinjaman yang Berisiko", "Pinjaman Berisiko"));
    m.put(CADANGAN_RISIKO, List.of("Cadangan Risiko", "Cadangan Resiko"));
    m.put(DANA_DITERIMA, List.of("Dana yang Diterima", "Dana Diterima"));
    m.put(MODAL_TERTIMBANG, List.of("Modal Tertimbang"));
    m.put(ATMR, List.of("ATMR", "Aktiva Tertimbang Menurut Risiko"));
    m.put(PARTISIPASI_BRUTO, List.of("Partisipasi Bruto"));
    m.put(BEBAN_POKOK, List.of("Beban Pokok"));
    m.put(
        PENDAPATAN, List.of("Pendapatan dari Non-Anggota", "Pendapatan Non-Anggota", "Pendapatan"));
    m.put(BEBAN_USAHA, List.of("Beban Usaha"));
    m.put(BEBAN_PERKOPERASIAN, List.of("Beban Perkoperasian"));
    m.put(BIAYA_KARYAWAN, List.of("Biaya Karyawan", "Beban Karyawan"));
    m.put(SHU_KOTOR, List.of("SHU Kotor"));
    m.put(SHU_SEBELUM_PAJAK, List.of("SHU Sebelum Pajak"));
    m.put(SHU_BAGIAN_ANGGOTA, List.of("SHU Bagian Anggota"));
    m.put(MEPPP, List.of("MEPPP", "Manfaat Ekonomi Partisipasi Pinjaman dan Pelayanan"));
    m.put(
        YA_MANAJEMEN_UMUM,
        List.of("Manajemen Umum (Ya)", "Ya Manajemen Umum", "Jawaban Ya Manajemen Umum"));
    m.put(YA_KELEMBAGAAN, List.of("Kelembagaan (Ya)", "Ya Kelembagaan", "Jawaban Ya Kelembagaan"));
    m.put(
        YA_PERMODALAN,
        List.of("Manajemen Permodalan (Ya)", "Ya Permodalan", "Ya Manajemen Permodalan"));
    m.put(YA_AKTIVA, List.of("Manajemen Aktiva (Ya)", "Ya Aktiva", "Ya Manajemen Aktiva"));
    m.put(
        YA_LIKUIDITAS,
        List.of("Manajemen Likuiditas (Ya)", "Ya Likuiditas", "Ya Manajemen Likuiditas"));
    return m;
  }
}
