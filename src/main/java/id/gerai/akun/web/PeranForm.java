package id.gerai.akun.web;

import id.gerai.akun.AkunRingkas;
import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A role and a scope as the form gives them: the area either picked from the list or typed (the
 * typed code wins), or a gerai number.
 */
class PeranForm {

  @NotNull(message = "{akun.isian.wajib}")
  private Peran peran;

  @NotNull(message = "{akun.isian.wajib}")
  private Cakupan.Jenis cakupanJenis;

  @Size(max = 13, message = "{akun.isian.kode-terlalu-panjang}")
  private String cakupanWilayah;

  @Size(max = 13, message = "{akun.isian.kode-terlalu-panjang}")
  private String kodeLain;

  @Positive(message = "{akun.isian.gerai-positif}")
  private Long cakupanGerai;

  static PeranForm dari(AkunRingkas a) {
    PeranForm f = new PeranForm();
    f.peran = a.peran();
    f.cakupanJenis = a.cakupan().jenis();
    f.cakupanWilayah = a.cakupan().kodeWilayah();
    f.cakupanGerai = a.cakupan().geraiId();
    return f;
  }

  /** The area code to use: the typed one when given, otherwise the one picked from the list. */
  String kodeDipilih() {
    if (kodeLain != null && !kodeLain.isBlank()) {
      return kodeLain.trim();
    }
    return cakupanWilayah;
  }

  public Peran getPeran() {
    return peran;
  }

  public void setPeran(Peran peran) {
    this.peran = peran;
  }

  public Cakupan.Jenis getCakupanJenis() {
    return cakupanJenis;
  }

  public void setCakupanJenis(Cakupan.Jenis cakupanJenis) {
    this.cakupanJenis = cakupanJenis;
  }

  public String getCakupanWilayah() {
    return cakupanWilayah;
  }

  public void setCakupanWilayah(String cakupanWilayah) {
    this.cakupanWilayah = cakupanWilayah;
  }

  public String getKodeLain() {
    return kodeLain;
  }

  public void setKodeLain(String kodeLain) {
    this.kodeLain = kodeLain;
  }

  public Long getCakupanGerai() {
    return cakupanGerai;
  }

  public void setCakupanGerai(Long cakupanGerai) {
    this.cakupanGerai = cakupanGerai;
  }
}
