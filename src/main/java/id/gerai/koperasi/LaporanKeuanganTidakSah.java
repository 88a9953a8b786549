package id.gerai.koperasi;

import id.gerai.shared.MasukanTidakSah;
import java.util.List;

/** Statements that cannot be right, with a message per figure; answers 400. */
public class LaporanKeuanganTidakSah extends MasukanTidakSah {

  private final transient List<LaporanKeuanganGalat> galat;

  public LaporanKeuanganTidakSah(List<LaporanKeuanganGalat> galat) {
    super("koperasi.kesehatan.laporan.tidak-sah", galat.size());
    this.galat = List.copyOf(galat);
  }

  public List<LaporanKeuanganGalat> galat() {
    return galat;
  }
}
