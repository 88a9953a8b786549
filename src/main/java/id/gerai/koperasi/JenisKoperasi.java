package id.gerai.koperasi;

/** Jenis by shared economic activity, as UU 25/1992 Penjelasan Pasal 16 lists them. */
public enum JenisKoperasi {
  SIMPAN_PINJAM,
  KONSUMEN,
  PRODUSEN,
  PEMASARAN,
  JASA
}
