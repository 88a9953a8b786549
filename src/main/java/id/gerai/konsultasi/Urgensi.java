package id.gerai.konsultasi;

/** How urgent a problem is; each has its own response and resolution targets. */
public enum Urgensi {
  RENDAH,
  SEDANG,
  TINGGI
}
