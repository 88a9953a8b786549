package id.gerai.umkm.web;

import id.gerai.umkm.LegalitasBaru;
import id.gerai.umkm.LegalitasJenis;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The record-a-permit form (and the API's JSON body): kind, number, issue date, expiry. The checks
 * live in the service, which answers errors by field.
 */
class LegalitasForm {

  private LegalitasJenis jenis;
  private String nomor;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate tanggalTerbit;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate berlakuSampai;

  LegalitasBaru perintah() {
    return new LegalitasBaru(jenis, nomor, tanggalTerbit, berlakuSampai);
  }

  public LegalitasJenis getJenis() {
    return jenis;
  }

  public void setJenis(LegalitasJenis jenis) {
    this.jenis = jenis;
  }

  public String getNomor() {
    return nomor;
  }

  public void setNomor(String nomor) {
    this.nomor = nomor;
  }

  public LocalDate getTanggalTerbit() {
    return tanggalTerbit;
  }

  public void setTanggalTerbit(LocalDate tanggalTerbit) {
    this.tanggalTerbit = tanggalTerbit;
  }

  public LocalDate getBerlakuSampai() {
    return berlakuSampai;
  }

  public void setBerlakuSampai(LocalDate berlakuSampai) {
    this.berlakuSampai = berlakuSampai;
  }
}
