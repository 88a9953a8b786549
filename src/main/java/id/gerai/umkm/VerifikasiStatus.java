package id.gerai.umkm;

/** Whether Dinkop or a gerai officer has checked a record the business actor may have written. */
public enum VerifikasiStatus {
  BELUM,
  TERVERIFIKASI
}
