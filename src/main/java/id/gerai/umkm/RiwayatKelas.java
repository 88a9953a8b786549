package id.gerai.umkm;

import java.util.List;
import java.util.Optional;

/** A business's size classes year by year, oldest first, and its class changes. */
public record RiwayatKelas(
    long usahaId, String namaUsaha, List<AngkaTahunan> tahun, List<NaikKelas> perubahan) {

  /** Whether any change crosses from one rule to another (2020 to 2021). */
  public boolean adaPergantianAturan() {
    return perubahan.stream().anyMatch(NaikKelas::aturanBerubah);
  }

  /** The latest recorded year, whose empowerment class is the business's current class. */
  public Optional<AngkaTahunan> terakhir() {
    return tahun.isEmpty() ? Optional.empty() : Optional.of(tahun.get(tahun.size() - 1));
  }
}
