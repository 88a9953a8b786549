package id.gerai.koperasi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable statements template: the Indonesian headers and one example row, a sound KSP
 * year whose figures pass every check of the form. The workbook writes amounts as number cells.
 */
final class LaporanKeuanganImporTemplat {

  private static final Map<String, String> IDENTITAS =
      Map.of(
          "id", "",
          "nik", "3374010010001234",
          "bh", "AHU-0001234.AH.01.26.TAHUN 2021",
          "nama", "Koperasi Contoh Sejahtera",
          "tahun", "2024");

  private static final Map<LaporanKeuanganPos, Long> CONTOH = contoh();

  private LaporanKeuanganImporTemplat() {}

  static List<String> kepala() {
    return LaporanKeuanganImporKolom.semua().stream()
        .map(LaporanKeuanganImporKolom::judul)
        .toList();
  }

  /** The example row as text, amounts written as Indonesians do (1.000.000.000). */
  static List<String> contohTeks() {
    List<String> r = new ArrayList<>();
    for (LaporanKeuanganImporKolom k : LaporanKeuanganImporKolom.semua()) {
      r.add(k.pos() == null ? IDENTITAS.get(k.kunci()) : ribuan(CONTOH.get(k.pos())));
    }
    return r;
  }

  static byte[] csv() {
    String teks =
        "\uFEFF" + String.join(";", kepala()) + "\r\n" + String.join(";", contohTeks()) + "\r\n";
    return teks.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx() {
    try (var wb = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("Laporan Keuangan");
      var judul = sheet.createRow(0);
      var contoh = sheet.createRow(1);
      List<LaporanKeuanganImporKolom> kolom = LaporanKeuanganImporKolom.semua();
      for (int c = 0; c < kolom.size(); c++) {
        LaporanKeuanganImporKolom k = kolom.get(c);
        judul.createCell(c).setCellValue(k.judul());
        if (k.pos() == null) {
          contoh.createCell(c).setCellValue(IDENTITAS.get(k.kunci()));
        } else {
          contoh.createCell(c).setCellValue(CONTOH.get(k.pos()));
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String ribuan(long v) {
    return String.format(java.util.Locale.ROOT, "%,d", v).replace(',', '.');
  }

  /** A sound KSP year in rupiah (total assets one billion). */
  private static Map<LaporanKeuanganPos, Long> contoh() {
    Map<LaporanKeuanganPos, Long> m = new java.util.EnumMap<>(LaporanKeuanganPos.class);
    long juta = 1_000_000L;
    m.put(LaporanKeuanganPos.TOTAL_ASET, 1000 * juta);
    m.put(LaporanKeuanganPos.KAS_BANK, 60 * juta);
    m.put(LaporanKeuanganPos.KEWAJIBAN_LANCAR, 500 * juta);
    m.put(LaporanKeuanganPos.TOTAL_EKUITAS, 500 * juta);
    m.put(LaporanKeuanganPos.SIMPANAN_POKOK, 100 * juta);
    m.put(LaporanKeuanganPos.SIMPANAN_WAJIB, 300 * juta);
    m.put(LaporanKeuanganPos.SIMPANAN_BERKARAKTER_WAJIB, 0L);
    m.put(LaporanKeuanganPos.HIBAH, 0L);
    m.put(LaporanKeuanganPos.CADANGAN, 100 * juta);
    m.put(LaporanKeuanganPos.MODAL_PENYERTAAN, 0L);
    m.put(LaporanKeuanganPos.PINJAMAN_ANGGOTA, 800 * juta);
    m.put(LaporanKeuanganPos.PINJAMAN_NON_ANGGOTA, 0L);
    m.put(LaporanKeuanganPos.PINJAMAN_KURANG_LANCAR, 0L);
    m.put(LaporanKeuanganPos.PINJAMAN_DIRAGUKAN, 0L);
    m.put(LaporanKeuanganPos.PINJAMAN_MACET, 0L);
    m.put(LaporanKeuanganPos.PINJAMAN_BERISIKO, 100 * juta);
    m.put(LaporanKeuanganPos.CADANGAN_RISIKO, 0L);
    m.put(LaporanKeuanganPos.DANA_DITERIMA, 1000 * juta);
    m.put(LaporanKeuanganPos.MODAL_TERTIMBANG, 10 * juta);
    m.put(LaporanKeuanganPos.ATMR, 100 * juta);
    m.put(LaporanKeuanganPos.PARTISIPASI_BRUTO, 100 * juta);
    m.put(LaporanKeuanganPos.BEBAN_POKOK, 20 * juta);
    m.put(LaporanKeuanganPos.PENDAPATAN, 0L);
    m.put(LaporanKeuanganPos.BEBAN_USAHA, 30 * juta);
    m.put(LaporanKeuanganPos.BEBAN_PERKOPERASIAN, 10 * juta);
    m.put(LaporanKeuanganPos.BIAYA_KARYAWAN, 8 * juta);
    m.put(LaporanKeuanganPos.SHU_KOTOR, 100 * juta);
    m.put(LaporanKeuanganPos.SHU_SEBELUM_PAJAK, 100 * juta);
    m.put(LaporanKeuanganPos.SHU_BAGIAN_ANGGOTA, 25 * juta);
    m.put(LaporanKeuanganPos.MEPPP, 15 * juta);
    m.put(LaporanKeuanganPos.YA_MANAJEMEN_UMUM, 12L);
    m.put(LaporanKeuanganPos.YA_KELEMBAGAAN, 6L);
    m.put(LaporanKeuanganPos.YA_PERMODALAN, 5L);
    m.put(LaporanKeuanganPos.YA_AKTIVA, 10L);
    m.put(LaporanKeuanganPos.YA_LIKUIDITAS, 5L);
    return m;
  }
}
