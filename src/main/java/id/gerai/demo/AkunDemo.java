package id.gerai.demo;

import id.gerai.akun.BuatAkun;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.util.List;

/**
 * The demo accounts: one per role, each with a clear scope in Kota Semarang, all with the password
 * documented in docs/demo.md. The gerai officer's gerai is looked up at run time.
 */
record AkunDemo(
    String namaPengguna, String namaLengkap, Peran peran, Cakupan.Jenis jenis, String kode) {

  static final String SANDI = "gerai-demo-2026";
  static final String KOTA = "33.74";
  static final String PELAKU_USAHA = "demo-usaha";

  /** Kelurahan Sekayu, Semarang Tengah: the demo gerai officer runs its gerai kelurahan. */
  static final String KELURAHAN_GERAI = "33.74.01.1007";

  static final List<AkunDemo> SEMUA =
      List.of(
          wilayah("demo-admin", "Retno Wulandari", Peran.ADMIN_DINAS, KOTA),
          wilayah("demo-staf", "Bambang Susilo", Peran.STAF_DINAS, KOTA),
          wilayah("demo-forum", "Hendra Kurniawan", Peran.PENGURUS_FORUM, KOTA),
          wilayah("demo-kecamatan", "Endang Purwaningsih", Peran.STAF_DINAS, "33.74.10"),
          new AkunDemo(
              "demo-gerai",
              "Yulianti Rahayu",
              Peran.PENGURUS_GERAI,
              Cakupan.Jenis.GERAI,
              KELURAHAN_GERAI),
          wilayah("demo-pendamping", "Agus Setiawan", Peran.PENDAMPING, "33.74.01"),
          sendiri(PELAKU_USAHA, "Siti Aminah", Peran.PELAKU_USAHA),
          sendiri("demo-koperasi", "Joko Prasetyo", Peran.PENGURUS_KOPERASI));

  private static AkunDemo wilayah(String nama, String lengkap, Peran peran, String kode) {
    return new AkunDemo(nama, lengkap, peran, Cakupan.Jenis.WILAYAH, kode);
  }

  private static AkunDemo sendiri(String nama, String lengkap, Peran peran) {
    return new AkunDemo(nama, lengkap, peran, Cakupan.Jenis.MILIK_SENDIRI, null);
  }

  /** The command; for a gerai scope {@code geraiId} is the gerai found for {@link #kode}. */
  BuatAkun perintah(Long geraiId) {
    return switch (jenis) {
      case GERAI -> new BuatAkun(namaPengguna, namaLengkap, SANDI, peran, jenis, null, geraiId);
      default -> new BuatAkun(namaPengguna, namaLengkap, SANDI, peran, jenis, kode, null);
    };
  }

  /** How the log and docs/demo.md describe it. */
  String ringkas() {
    String cakupan = kode == null ? "own records" : kode;
    return namaPengguna + " (" + peran + ", " + cakupan + ")";
  }
}
