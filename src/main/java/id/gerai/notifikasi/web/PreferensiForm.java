package id.gerai.notifikasi.web;

import id.gerai.notifikasi.Preferensi;

/** The preferences form. */
class PreferensiForm {

  private String surel;
  private boolean surelAktif;
  private String bahasa = "id";

  static PreferensiForm dari(Preferensi p) {
    PreferensiForm f = new PreferensiForm();
    f.surel = p.surel();
    f.surelAktif = p.surelAktif();
    f.bahasa = p.bahasa();
    return f;
  }

  Preferensi preferensi() {
    return new Preferensi(surel, surelAktif, bahasa);
  }

  public String getSurel() {
    return surel;
  }

  public void setSurel(String surel) {
    this.surel = surel;
  }

  public boolean isSurelAktif() {
    return surelAktif;
  }

  public void setSurelAktif(boolean surelAktif) {
    this.surelAktif = surelAktif;
  }

  public String getBahasa() {
    return bahasa;
  }

  public void setBahasa(String bahasa) {
    this.bahasa = bahasa;
  }
}
