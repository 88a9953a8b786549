package id.gerai.akun.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal access token: only its name; the secret is made by the server. */
class TokenForm {

  @NotBlank(message = "{akun.isian.wajib}")
  @Size(max = 80, message = "{akun.token.nama-panjang}")
  private String nama;

  public String getNama() {
    return nama;
  }

  public void setNama(String nama) {
    this.nama = nama;
  }
}
