package id.gerai.umkm;

import id.gerai.shared.CsvReader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The messy Dinkop file of the import tests (Windows-1252, semicolons, header variants), made
 * unique per use: names end with a random suffix, NIKs and the NIB are random.
 */
final class ImporUji {

  static final Charset CP1252 = Charset.forName("windows-1252");

  final String u = UUID.randomUUID().toString().substring(0, 8);
  final String nik1 = UmkmFixture.nikUnik();
  final String nik2 = UmkmFixture.nikUnik();
  final String nib1 =
      String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));

  /** The file's bytes, still Windows-1252. */
  byte[] csv() throws IOException {
    byte[] asli;
    try (InputStream in = ImporUji.class.getResourceAsStream("/impor/dinkop-berantakan.csv")) {
      asli = in.readAllBytes();
    }
    String s = new String(asli, StandardCharsets.ISO_8859_1);
    s = s.replace("{U}", u).replace("{NIK1}", nik1).replace("{NIK2}", nik2).replace("{NIB1}", nib1);
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  Path csvBerkas() throws IOException {
    Path p = Files.createTempFile("impor-uji", ".csv");
    Files.write(p, csv());
    return p;
  }

  /** The same rows as a workbook, every cell as text. */
  byte[] xlsx() throws IOException {
    String teks = new String(csv(), CP1252);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("UMKM");
      int[] r = {0};
      new CsvReader(new BufferedReader(new StringReader(teks)), ';')
          .baca(
              sel -> {
                Row row = sheet.createRow(r[0]++);
                for (int i = 0; i < sel.size(); i++) {
                  if (!sel.get(i).isEmpty()) {
                    row.createCell(i).setCellValue(sel.get(i));
                  }
                }
              });
      wb.write(out);
      return out.toByteArray();
    }
  }

  Path xlsxBerkas() throws IOException {
    Path p = Files.createTempFile("impor-uji", ".xlsx");
    Files.write(p, xlsx());
    return p;
  }

  /** How many businesses of this file are in the register. */
  long jumlahUsaha(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM usaha WHERE nama LIKE :n")
        .param("n", "% " + u)
        .query(Long.class)
        .single();
  }

  long jumlahPelaku(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) FROM pelaku_usaha WHERE nama LIKE :n")
        .param("n", "% " + u)
        .query(Long.class)
        .single();
  }

  static List<String> kunci(ImporLaporan l) {
    return l.galat().stream().map(g -> g.baris() + "|" + g.kolom() + "|" + g.kunci()).toList();
  }
}
