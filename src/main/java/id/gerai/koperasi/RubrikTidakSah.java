package id.gerai.koperasi;

import id.gerai.koperasi.kesehatan.GalatRubrik;
import id.gerai.shared.MasukanTidakSah;
import java.util.List;

/** A rubric file that may not be published, with every problem found in it; answers 400. */
public class RubrikTidakSah extends MasukanTidakSah {

  private final transient List<GalatRubrik> galat;

  public RubrikTidakSah(List<GalatRubrik> galat) {
    super("koperasi.kesehatan.rubrik.tidak-sah", galat.size());
    this.galat = List.copyOf(galat);
  }

  public List<GalatRubrik> galat() {
    return galat;
  }
}
