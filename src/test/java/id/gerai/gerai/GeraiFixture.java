package id.gerai.gerai;

import java.time.LocalDate;
import java.util.UUID;

/** Gerai for tests: unique names, saved straight through the repository when one is given. */
final class GeraiFixture {

  static final LocalDate DIBUKA = LocalDate.of(2020, 1, 15);

  private GeraiFixture() {}

  /** A name no other test uses, so lists can be searched for it in a shared database. */
  static String unik(String awalan) {
    return awalan + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  static DataGerai data(GeraiJenis jenis, String kode, String nama) {
    return new DataGerai(jenis, nama, kode, "Jl. Uji No. 1", -6.99, 110.42, DIBUKA);
  }

  /** A new, unsaved gerai kelurahan in Sekayu, active since {@link #DIBUKA}. */
  static Gerai kelurahan() {
    return Gerai.buka(data(GeraiJenis.KELURAHAN, "33.74.01.1007", unik("Uji")), DIBUKA, "uji");
  }

  /** Saves an active gerai with a position and returns its id. */
  static long simpan(GeraiRepository repo, GeraiJenis jenis, String kode, String nama) {
    return repo.save(Gerai.buka(data(jenis, kode, nama), LocalDate.now(), "uji")).id();
  }

  /** Saves a gerai and closes it. */
  static long simpanTutup(GeraiRepository repo, GeraiJenis jenis, String kode, String nama) {
    Gerai g = Gerai.buka(data(jenis, kode, nama), LocalDate.now(), "uji");
    g.tutup(LocalDate.now(), "uji tutup", "uji");
    return repo.save(g).id();
  }
}
