package id.gerai.kegiatan;

/** Services given on the spot: a business met, registered, helped with its NIB or a permit... */
public enum LayananJenis {
  DITEMUI,
  DIDAFTARKAN,
  BANTUAN_NIB,
  BANTUAN_IZIN,
  KONSULTASI,
  LAINNYA
}
