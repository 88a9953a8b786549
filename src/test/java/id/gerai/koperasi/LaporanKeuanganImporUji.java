package id.gerai.koperasi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.koperasi.kesehatan.RubrikUji;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Files, cooperatives and calls for the statements import tests. */
final class LaporanKeuanganImporUji {

  /** The figures in form order, each with the header a user's own sheet might give it. */
  static final List<String> KEPALA_ANGKA =
      List.of(
          "Total Aset",
          "Kas & Bank",
          "Kewajiban Lancar",
          "Total Ekuitas",
          "Simpanan Pokok",
          "Simpanan Wajib",
          "Simpanan Lain Berkarakter Wajib",
          "Hibah",
          "Cadangan dari SHU",
          "Modal Penyertaan",
          "Pinjaman Anggota",
          "Pinjaman Non-Anggota",
          "Pinjaman Kurang Lancar",
          "Pinjaman Diragukan",
          "Pinjaman Macet",
          "Pinjaman Berisiko",
          "Cadangan Risiko",
          "Dana yang Diterima",
          "Modal Tertimbang",
          "ATMR",
          "Partisipasi Bruto",
          "Beban Pokok",
          "Pendapatan",
          "Beban Usaha",
          "Beban Perkoperasian",
          "Biaya Karyawan",
          "SHU Kotor",
          "SHU Sebelum Pajak",
          "SHU Bagian Anggota",
          "meppp",
          "Manajemen Umum (Ya)",
          "ya_kelembagaan",
          "Ya Permodalan",
          "Manajemen Aktiva (Ya)",
          "Ya Likuiditas");

  private LaporanKeuanganImporUji() {}

  /** A cooperative in a kelurahan with its own 16-digit Nomor Induk Koperasi. */
  static long koperasi(JdbcClient jdbc, String kelurahan, String nik) {
    long id = KesehatanUji.koperasi(jdbc, kelurahan, null, null);
    jdbc.sql("UPDATE koperasi SET nomor_induk_koperasi = :nik WHERE id = :id")
        .param("nik", nik)
        .param("id", id)
        .update();
    return id;
  }

  static String nikBaru() {
    return String.valueOf(
        ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_999_999_999_999_999L));
  }

  /** The figures of a statement as cells in form order, written as Indonesians do. */
  static List<String> sel(Map<String, BigDecimal> angka) {
    List<String> r = new ArrayList<>();
    for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
      BigDecimal v = angka.get(p.kode());
      r.add(v == null ? "" : ribuan(v));
    }
    return r;
  }

  static String ribuan(BigDecimal v) {
    return String.format(java.util.Locale.ROOT, "%,d", v.longValueExact()).replace(',', '.');
  }

  /** A CSV file, {@code ;}-separated: "NIK Koperasi;Tahun;…figures". */
  static byte[] csv(List<List<String>> baris) {
    List<String> kepala = new ArrayList<>(List.of("NIK Koperasi", "Tahun"));
    kepala.addAll(KEPALA_ANGKA);
    StringBuilder sb = new StringBuilder(String.join(";", kepala)).append("\r\n");
    for (List<String> b : baris) {
      sb.append(String.join(";", b)).append("\r\n");
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One row: the NIK, the year and the figures. */
  static List<String> baris(String nik, int tahun, Map<String, BigDecimal> angka) {
    List<String> r = new ArrayList<>(List.of(nik, String.valueOf(tahun)));
    r.addAll(sel(angka));
    return r;
  }

  static Map<String, BigDecimal> sehat() {
    return RubrikUji.sehatPenuh();
  }

  /** A workbook: "ID Koperasi", "Tahun Buku", then the figures by their API names, number cells. */
  static byte[] xlsx(long id, int tahun, Map<String, BigDecimal> angka) throws Exception {
    try (var wb = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var s = wb.createSheet("Laporan");
      var kepala = s.createRow(0);
      var isi = s.createRow(1);
      kepala.createCell(0).setCellValue("ID Koperasi");
      isi.createCell(0).setCellValue(id);
      kepala.createCell(1).setCellValue("Tahun Buku");
      isi.createCell(1).setCellValue(tahun);
      int c = 2;
      for (LaporanKeuanganPos p : LaporanKeuanganPos.values()) {
        kepala.createCell(c).setCellValue(p.kode());
        BigDecimal v = angka.get(p.kode());
        if (v != null) {
          isi.createCell(c).setCellValue(v.doubleValue());
        }
        c++;
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static MvcTestResult api(
      MockMvcTester mvc, byte[] isi, String nama, boolean pratinjau, RequestPostProcessor siapa) {
    return api(mvc, isi, nama, pratinjau, siapa, "id");
  }

  static MvcTestResult api(
      MockMvcTester mvc,
      byte[] isi,
      String nama,
      boolean pratinjau,
      RequestPostProcessor siapa,
      String bahasa) {
    return mvc.post()
        .uri("/api/v1/koperasi/keuangan/impor")
        .multipart()
        .file(new MockMultipartFile("file", nama, "application/octet-stream", isi))
        .param("pratinjau", String.valueOf(pratinjau))
        .header("Accept-Language", bahasa)
        .with(siapa)
        .with(csrf())
        .exchange();
  }

  static long jumlahLaporan(JdbcClient jdbc, long koperasiId) {
    return jdbc.sql("SELECT COUNT(*) FROM laporan_keuangan WHERE koperasi_id = :id")
        .param("id", koperasiId)
        .query(Long.class)
        .single();
  }

  static long jumlahJejak(JdbcClient jdbc, long koperasiId, int tahun) {
    return jdbc.sql(
            "SELECT COUNT(*) FROM jejak_audit WHERE jenis_rekaman = 'LAPORAN_KEUANGAN'"
                + " AND id_rekaman = :id")
        .param("id", koperasiId + "/" + tahun)
        .query(Long.class)
        .single();
  }
}
