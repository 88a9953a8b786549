package id.gerai.gerai;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.mock.web.MockMultipartFile;

/** Fixtures for officers and decrees: gerai rows made with plain SQL, a real PDF, a PNG. */
final class PengurusUji {

  /** A small but complete PDF: one empty page. */
  static final byte[] PDF =
      """
      %PDF-1.4
      1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
      2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
      3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
      trailer << /Root 1 0 R >>
      %%EOF
      """
          .getBytes(StandardCharsets.US_ASCII);

  /** The first bytes of a PNG image: not a PDF, whatever its name says. */
  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1
  };

  private PengurusUji() {}

  /** A new active gerai kelurahan in an area, with a unique name; returns its id. */
  static long geraiBaru(JdbcClient jdbc, String kodeWilayah) {
    KeyHolder kunci = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO gerai (jenis, nama, kode_wilayah, status, dibuat_pada, versi)"
                + " VALUES ('KELURAHAN', :nama, :kode, 'AKTIF', :pada, 0)")
        .param("nama", unik("Gerai Uji"))
        .param("kode", kodeWilayah)
        .param("pada", OffsetDateTime.now())
        .update(kunci, "id");
    return kunci.getKeyAs(Long.class);
  }

  static String unik(String awalan) {
    return awalan + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static MockMultipartFile pdf(String namaAsli) {
    return new MockMultipartFile("berkas", namaAsli, "application/pdf", PDF);
  }

  static long jumlah(JdbcClient jdbc, String sql, Object nilai) {
    return jdbc.sql(sql).param("v", nilai).query(Long.class).single();
  }
}
