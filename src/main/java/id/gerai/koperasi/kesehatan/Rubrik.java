package id.gerai.koperasi.kesehatan;

import id.gerai.koperasi.PredikatKesehatan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a health assessment rubric, exactly as its data file says: the regulation and the
 * date it takes effect, the cooperative groups it applies to, derived quantities, aspects with
 * their components, and the predicate bands. Read by {@link RubrikBaca}, checked by {@link
 * RubrikPeriksa}.
 */
public record Rubrik(
    int format,
    String kode,
    String regulasi,
    Teks judul,
    LocalDate berlakuMulai,
    List<String> kelompokKoperasi,
    String sumber,
    Teks catatan,
    List<Turunan> turunan,
    List<Aspek> aspek,
    List<PitaPredikat> predikat,
    String sumberPredikat) {

  public Optional<Turunan> turunan(String nama) {
    return turunan == null
        ? Optional.empty()
        : turunan.stream().filter(t -> t.nama().equals(nama)).findFirst();
  }

  /** The band of a total score (already rounded to two decimals). */
  public Optional<PredikatKesehatan> predikatUntuk(BigDecimal total) {
    return predikat.stream()
        .filter(p -> p.interval().memuat(total))
        .map(PitaPredikat::predikat)
        .findFirst();
  }

  public boolean berlakuUntuk(String kelompok) {
    return kelompokKoperasi != null && kelompokKoperasi.contains(kelompok);
  }
}
