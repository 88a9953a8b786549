package id.gerai.umkm;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reads the KBLI 2020 list (public reference data) and checks a business's KBLI code. */
@Service
public class KbliService {

  /** The KBLI version this build ships and checks against (Peraturan BPS No. 2 Tahun 2020). */
  public static final String VERSI = "2020";

  private static final int BATAS_MAKS = 100;
  private static final RowMapper<Kbli> BARIS =
      (rs, i) ->
          new Kbli(
              rs.getString("kode"),
              rs.getString("tingkat"),
              rs.getString("induk"),
              rs.getString("judul"));

  private final JdbcClient jdbc;

  KbliService(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Kbli> cari(String kode) {
    if (kode == null || kode.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT kode, tingkat, induk, judul FROM kbli WHERE versi = :v AND kode = :k")
        .param("v", VERSI)
        .param("k", kode.trim().toUpperCase())
        .query(BARIS)
        .optional();
  }

  /** Codes whose title contains {@code q} (case ignored), in code order, at most {@code batas}. */
  public List<Kbli> cariJudul(String q, int batas) {
    String teks = q == null ? "" : q.trim().toLowerCase();
    if (teks.length() < 2) {
      return List.of();
    }
    String pola = "%" + teks.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.sql(
            """
            SELECT kode, tingkat, induk, judul FROM kbli
            WHERE versi = :v AND LOWER(judul) LIKE :pola ESCAPE '\\'
            ORDER BY kode
            LIMIT :batas
            """)
        .param("v", VERSI)
        .param("pola", pola)
        .param("batas", Math.max(1, Math.min(batas, BATAS_MAKS)))
        .query(BARIS)
        .list();
  }

  /**
   * A business's KBLI code: it must exist ({@code umkm.kbli.tidak-ada}) and be a 5-digit kelompok
   * ({@code umkm.kbli.bukan-kelompok}), the level OSS registers.
   */
  public HasilPeriksa periksa(String kode) {
    Optional<Kbli> kbli = cari(kode);
    if (kbli.isEmpty()) {
      return HasilPeriksa.galat("umkm.kbli.tidak-ada");
    }
    return kbli.get().kelompok()
        ? HasilPeriksa.baik()
        : HasilPeriksa.galat("umkm.kbli.bukan-kelompok");
  }
}
