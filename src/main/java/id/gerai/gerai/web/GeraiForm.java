package id.gerai.gerai.web;

import id.gerai.gerai.DataGerai;
import id.gerai.gerai.GeraiDetail;
import id.gerai.gerai.GeraiJenis;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The create and edit form of a gerai, as the browser sends it. */
public class GeraiForm {

  @NotNull(message = "{gerai.validasi.jenis}")
  private GeraiJenis jenis;

  @NotBlank(message = "{gerai.validasi.nama}")
  @Size(max = 160, message = "{gerai.validasi.panjang}")
  private String nama;

  @NotBlank(message = "{gerai.validasi.wilayah}")
  @Size(max = 13, message = "{gerai.validasi.panjang}")
  private String kodeWilayah;

  @Size(max = 300, message = "{gerai.validasi.panjang}")
  private String alamat;

  @DecimalMin(value = "-90", message = "{gerai.validasi.lintang}")
  @DecimalMax(value = "90", message = "{gerai.validasi.lintang}")
  private Double lintang;

  @DecimalMin(value = "-180", message = "{gerai.validasi.bujur}")
  @DecimalMax(value = "180", message = "{gerai.validasi.bujur}")
  private Double bujur;

  @PastOrPresent(message = "{gerai.validasi.tanggal-depan}")
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate tanggalBuka;

  private int versi;

  static GeraiForm dari(GeraiDetail g) {
    GeraiForm f = new GeraiForm();
    f.jenis = g.jenis();
    f.nama = g.nama();
    f.kodeWilayah = g.kodeWilayah();
    f.alamat = g.alamat();
    f.lintang = g.lintang();
    f.bujur = g.bujur();
    f.tanggalBuka = g.tanggalBuka();
    f.versi = g.versi();
    return f;
  }

  DataGerai data() {
    return new DataGerai(jenis, nama, kodeWilayah, alamat, lintang, bujur, tanggalBuka);
  }

  public GeraiJenis getJenis() {
    return jenis;
  }

  public void setJenis(GeraiJenis jenis) {
    this.jenis = jenis;
  }

  public String getNama() {
    return nama;
  }

  public void setNama(String nama) {
    this.nama = nama;
  }

  public String getKodeWilayah() {
    return kodeWilayah;
  }

  public void setKodeWilayah(String kodeWilayah) {
    this.kodeWilayah = kodeWilayah;
  }

  public String getAlamat() {
    return alamat;
  }

  public void setAlamat(String alamat) {
    this.alamat = alamat;
  }

  public Double getLintang() {
    return lintang;
  }

  public void setLintang(Double lintang) {
    this.lintang = lintang;
  }

  public Double getBujur() {
    return bujur;
  }

  public void setBujur(Double bujur) {
    this.bujur = bujur;
  }

  public LocalDate getTanggalBuka() {
    return tanggalBuka;
  }

  public void setTanggalBuka(LocalDate tanggalBuka) {
    this.tanggalBuka = tanggalBuka;
  }

  public int getVersi() {
    return versi;
  }

  public void setVersi(int versi) {
    this.versi = versi;
  }
}
