package id.gerai.gerai;

import id.gerai.wilayah.WilayahTingkat;

/** The three kinds of gerai, and the level of area each one serves. */
public enum GeraiJenis {
  KELURAHAN(WilayahTingkat.KELURAHAN),
  KECAMATAN(WilayahTingkat.KECAMATAN),
  /** A strategic location (a market, the city hall): it sits in the kelurahan of its site. */
  STRATEGIS(WilayahTingkat.KELURAHAN);

  private final WilayahTingkat tingkatWilayah;

  GeraiJenis(WilayahTingkat tingkatWilayah) {
    this.tingkatWilayah = tingkatWilayah;
  }

  /** The level of the area code a gerai of this kind carries. */
  public WilayahTingkat tingkatWilayah() {
    return tingkatWilayah;
  }
}
