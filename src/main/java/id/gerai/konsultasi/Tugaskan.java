package id.gerai.konsultasi;

import id.gerai.shared.MasukanTidakSah;

/**
 * Route a case to a person (their account id and shown name) or to a role's queue (a mentor, a
 * forum officer, Dinkop staff); a person is given with their role.
 */
public record Tugaskan(Long akunId, String nama, PeranTujuan peran) {

  public Tugaskan {
    nama = nama == null || nama.isBlank() ? null : nama.strip();
  }

  void periksa() {
    if (peran == null) {
      throw new MasukanTidakSah("konsultasi.tugaskan.peran-wajib");
    }
    if (akunId != null && nama == null) {
      throw new MasukanTidakSah("konsultasi.tugaskan.nama-wajib");
    }
    if (nama != null && nama.length() > 120) {
      throw new MasukanTidakSah("konsultasi.tugaskan.nama-panjang");
    }
  }
}
