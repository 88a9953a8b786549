package id.gerai.koperasi.kesehatan;

import id.gerai.koperasi.PredikatKesehatan;

/** A predicate band: the total scores, as an interval, that give a predicate. */
public record PitaPredikat(PredikatKesehatan predikat, String rentang) {

  public Rentang interval() {
    return Rentang.baca(rentang);
  }
}
