package id.gerai.umkm;

import java.util.List;

/** A business's size classes year by year, oldest first, and its class changes. */
public record RiwayatKelas(
    long usahaId, String namaUsaha, List<AngkaTahunan> tahun, List<NaikKelas> perubahan) {

  /** Whether any change crosses from one rule to another (2020 to 2021). */
  public boolean adaPergantianAturan() {
    return perubahan.stream().anyMatch(NaikKelas::aturanBerubah);
  }
}
