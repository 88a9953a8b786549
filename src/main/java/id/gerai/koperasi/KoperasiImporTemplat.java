package id.gerai.koperasi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The downloadable import template: the Indonesian headers and one example row. */
final class KoperasiImporTemplat {

  private static final List<String> CONTOH =
      List.of(
          "Koperasi Contoh Sejahtera",
          "AHU-0001234.AH.01.26.TAHUN 2021",
          "2021-03-15",
          "3374010010001234",
          "Simpan Pinjam",
          "KSP",
          "Primer",
          "Jl. Pemuda No. 5",
          "Sekayu",
          "Semarang Tengah",
          "Aktif",
          "2020-01-10",
          "Koperasi Kelurahan Merah Putih");

  private KoperasiImporTemplat() {}

  static List<String> kepala() {
    return Arrays.stream(KoperasiImporKolom.values()).map(KoperasiImporKolom::judul).toList();
  }

  static byte[] csv() {
    String teks =
        "\uFEFF" + String.join(";", kepala()) + "\r\n" + String.join(";", CONTOH) + "\r\n";
    return teks.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] xlsx() {
    try (var wb = new XSSFWorkbook();
        var out = new ByteArrayOutputStream()) {
      var sheet = wb.createSheet("Koperasi");
      List<List<String>> baris = List.of(kepala(), CONTOH);
      for (int r = 0; r < baris.size(); r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < baris.get(r).size(); c++) {
          row.createCell(c).setCellValue(baris.get(r).get(c));
        }
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
