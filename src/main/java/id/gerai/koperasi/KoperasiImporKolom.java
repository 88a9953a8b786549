package id.gerai.koperasi;

import id.gerai.shared.impor.KepalaKolom;
import java.util.List;
import java.util.Optional;

/** The cooperative import's columns, each known by its Indonesian header and common variants. */
enum KoperasiImporKolom {
  NAMA(true, "Nama Koperasi", "Nama"),
  NOMOR_BADAN_HUKUM(false, "Nomor Badan Hukum", "No Badan Hukum", "Nomor BH", "No BH"),
  TANGGAL_BADAN_HUKUM(false, "Tanggal Badan Hukum", "Tgl Badan Hukum", "Tanggal BH", "Tgl BH"),
  NOMOR_INDUK(
      false, "Nomor Induk Koperasi", "NIK Koperasi", "NIK", "No Induk Koperasi", "Nomor Induk"),
  JENIS(true, "Jenis", "Jenis Koperasi"),
  KELOMPOK(true, "Kelompok", "Kelompok Koperasi"),
  BENTUK(false, "Bentuk", "Bentuk Koperasi"),
  ALAMAT(false, "Alamat"),
  KELURAHAN(true, "Kelurahan", "Kelurahan/Desa", "Desa", "Kode Kelurahan"),
  KECAMATAN(false, "Kecamatan"),
  STATUS(false, "Status", "Status Koperasi"),
  TANGGAL_BERDIRI(false, "Tanggal Berdiri", "Tgl Berdiri"),
  PROGRAM(false, "Label/Program", "Label", "Program");

  private final boolean wajib;
  private final List<String> nama;

  KoperasiImporKolom(boolean wajib, String... nama) {
    this.wajib = wajib;
    this.nama = List.of(nama);
  }

  boolean wajib() {
    return wajib;
  }

  /** The header as the template writes it. */
  String judul() {
    return nama.get(0);
  }

  static Optional<KoperasiImporKolom> dari(String kepala) {
    String k = KepalaKolom.rapikan(kepala);
    for (KoperasiImporKolom kolom : values()) {
      if (kolom.nama.stream().map(KepalaKolom::rapikan).anyMatch(k::equals)) {
        return Optional.of(kolom);
      }
    }
    return Optional.empty();
  }
}
