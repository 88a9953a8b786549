package id.gerai.umkm;

/** The size class of a business, smallest first (the order is used to tell naik from turun). */
public enum KelasUsaha {
  MIKRO,
  KECIL,
  MENENGAH,
  BESAR
}
