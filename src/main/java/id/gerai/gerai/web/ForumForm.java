package id.gerai.gerai.web;

import id.gerai.gerai.ForumBaru;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The form-the-forum form, for a home area that has none yet. */
class ForumForm {

  @NotBlank(message = "{forum.nama.wajib}")
  @Size(max = 200, message = "{forum.nama.panjang}")
  private String nama;

  @NotBlank(message = "{forum.singkatan.wajib}")
  @Size(max = 20, message = "{forum.singkatan.panjang}")
  private String singkatan;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate dibentuk;

  ForumBaru perintah() {
    return new ForumBaru(nama, singkatan, dibentuk);
  }

  public String getNama() {
    return nama;
  }

  public void setNama(String nama) {
    this.nama = nama;
  }

  public String getSingkatan() {
    return singkatan;
  }

  public void setSingkatan(String singkatan) {
    this.singkatan = singkatan;
  }

  public LocalDate getDibentuk() {
    return dibentuk;
  }

  public void setDibentuk(LocalDate dibentuk) {
    this.dibentuk = dibentuk;
  }
}
