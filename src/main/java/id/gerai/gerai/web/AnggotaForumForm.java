package id.gerai.gerai.web;

import id.gerai.gerai.AnggotaForumBaru;
import id.gerai.gerai.AnggotaForumPeran;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form that registers a forum member at a gerai. */
public class AnggotaForumForm {

  private String nama;
  private Long pelakuUsahaId;
  private String telepon;
  private AnggotaForumPeran peran = AnggotaForumPeran.ANGGOTA;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate tanggalGabung;

  AnggotaForumBaru perintah(long geraiId) {
    return new AnggotaForumBaru(geraiId, nama, pelakuUsahaId, telepon, peran, tanggalGabung);
  }

  public String getNama() {
    return nama;
  }

  public void setNama(String nama) {
    this.nama = nama;
  }

  public Long getPelakuUsahaId() {
    return pelakuUsahaId;
  }

  public void setPelakuUsahaId(Long pelakuUsahaId) {
    this.pelakuUsahaId = pelakuUsahaId;
  }

  public String getTelepon() {
    return telepon;
  }

  public void setTelepon(String telepon) {
    this.telepon = telepon;
  }

  public AnggotaForumPeran getPeran() {
    return peran;
  }

  public void setPeran(AnggotaForumPeran peran) {
    this.peran = peran;
  }

  public LocalDate getTanggalGabung() {
    return tanggalGabung;
  }

  public void setTanggalGabung(LocalDate tanggalGabung) {
    this.tanggalGabung = tanggalGabung;
  }
}
