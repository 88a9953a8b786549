package id.gerai.umkm.web;

import id.gerai.umkm.TonggakBaru;
import id.gerai.umkm.TonggakJenis;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The record-a-milestone form. The rules live in the service. */
class TonggakForm {

  private TonggakJenis jenis;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate tanggal;

  private String keterangan;
  private BigDecimal nilai;
  private String atribusi;

  TonggakBaru perintah() {
    return new TonggakBaru(jenis, tanggal, keterangan, nilai, atribusi);
  }

  public TonggakJenis getJenis() {
    return jenis;
  }

  public void setJenis(TonggakJenis jenis) {
    this.jenis = jenis;
  }

  public LocalDate getTanggal() {
    return tanggal;
  }

  public void setTanggal(LocalDate tanggal) {
    this.tanggal = tanggal;
  }

  public String getKeterangan() {
    return keterangan;
  }

  public void setKeterangan(String keterangan) {
    this.keterangan = keterangan;
  }

  public BigDecimal getNilai() {
    return nilai;
  }

  public void setNilai(BigDecimal nilai) {
    this.nilai = nilai;
  }

  public String getAtribusi() {
    return atribusi;
  }

  public void setAtribusi(String atribusi) {
    this.atribusi = atribusi;
  }
}
