package id.gerai.koperasi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What a statements import read: rows read, accepted (new or replacing unverified statements), of
 * which replacing, already there with the same figures (skipped), rejected, whether it saved, and
 * every error and warning by row and column. The header and the rejected rows as read stay out of
 * the JSON; they feed the rejected-rows download.
 */
public record LaporanKeuanganImporLaporan(
    int dibaca,
    int diterima,
    int diganti,
    int sudahSama,
    int ditolak,
    boolean disimpan,
    List<LaporanKeuanganImporGalat> galat,
    @JsonIgnore List<String> kepala,
    @JsonIgnore List<Tolakan> tolakan) {

  /** A rejected row as read, with its problems. */
  public record Tolakan(List<String> sel, List<LaporanKeuanganImporGalat> galat) {}
}
