package id.gerai.umkm.impor;

import id.gerai.shared.impor.KepalaKolom;
import java.util.List;
import java.util.Optional;

/** The register file's columns, each known by its Indonesian header and common variants. */
public enum Kolom {
  NAMA_USAHA(true, "Nama Usaha"),
  NAMA_PEMILIK(true, "Nama Pemilik"),
  NIK(false, "NIK"),
  TELEPON(false, "No HP", "No. HP", "No Telp", "No. Telp", "Telepon"),
  ALAMAT(false, "Alamat"),
  KELURAHAN(true, "Kelurahan"),
  KECAMATAN(false, "Kecamatan"),
  OMZET(false, "Omzet", "Omset", "Omset per Tahun", "Omzet per Tahun"),
  ASET(false, "Aset", "Modal"),
  TENAGA_KERJA(false, "Jumlah Tenaga Kerja", "Tenaga Kerja"),
  NIB(false, "NIB"),
  KBLI(false, "Jenis Usaha", "KBLI"),
  TAHUN(false, "Tahun");

  private final boolean wajib;
  private final List<String> nama;

  Kolom(boolean wajib, String... nama) {
    this.wajib = wajib;
    this.nama = List.of(nama);
  }

  public boolean wajib() {
    return wajib;
  }

  /** The header as the template writes it. */
  public String judul() {
    return nama.get(0);
  }

  /** The column a header names, case, dots and spacing ignored. */
  public static Optional<Kolom> dari(String kepala) {
    String k = rapikan(kepala);
    for (Kolom kolom : values()) {
      if (kolom.nama.stream().map(Kolom::rapikan).anyMatch(k::equals)) {
        return Optional.of(kolom);
      }
    }
    return Optional.empty();
  }

  static String rapikan(String s) {
    return KepalaKolom.rapikan(s);
  }
}
