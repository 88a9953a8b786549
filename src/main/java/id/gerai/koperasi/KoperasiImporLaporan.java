package id.gerai.koperasi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What an import read: rows read, accepted (valid and new), already registered (skipped), rejected,
 * whether it saved, and every error and warning by row and column. The header and the rejected rows
 * as read stay out of the JSON; they feed the rejected-rows download.
 */
public record KoperasiImporLaporan(
    int dibaca,
    int diterima,
    int sudahAda,
    int ditolak,
    boolean disimpan,
    List<KoperasiImporGalat> galat,
    @JsonIgnore List<String> kepala,
    @JsonIgnore List<KoperasiImporTolakan> tolakan) {

  /** A rejected row as read, with its errors. */
  public record KoperasiImporTolakan(List<String> sel, List<KoperasiImporGalat> galat) {}
}
