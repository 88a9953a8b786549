package id.gerai.koperasi;

import id.gerai.shared.MasukanTidakSah;
import id.gerai.shared.SyaratSql;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The list's predicate filter: the predicate of the assessment of the cooperative's latest year of
 * financial statements (tables {@code laporan_keuangan} and {@code penilaian_kesehatan} of the
 * health assessment, as docs/kesehatan.md describes them). An unknown predicate is a 400.
 */
@Component
class SyaratPredikatTerakhir implements SyaratPredikat {

  private static final Set<String> PREDIKAT =
      Set.of("SEHAT", "CUKUP_SEHAT", "DALAM_PENGAWASAN", "DALAM_PENGAWASAN_KHUSUS");

  @Override
  public SyaratSql syarat(String predikat, String kolomKoperasiId) {
    String p = predikat.strip().toUpperCase(java.util.Locale.ROOT);
    if (!PREDIKAT.contains(p)) {
      throw new MasukanTidakSah("koperasi.predikat.tidak-dikenal", predikat);
    }
    return new SyaratSql(
        "EXISTS (SELECT 1 FROM penilaian_kesehatan pk WHERE pk.koperasi_id = "
            + kolomKoperasiId
            + " AND pk.predikat = :predikat AND pk.tahun = (SELECT MAX(lk.tahun)"
            + " FROM laporan_keuangan lk WHERE lk.koperasi_id = "
            + kolomKoperasiId
            + "))",
        Map.of("predikat", p));
  }
}
