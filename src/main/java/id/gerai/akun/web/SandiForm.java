package id.gerai.akun.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Change one's own password: the old one, the new one twice. */
class SandiForm {

  @NotBlank(message = "{akun.isian.wajib}")
  private String lama;

  @NotBlank(message = "{akun.isian.wajib}")
  @Size(min = 10, message = "{akun.sandi.terlalu-pendek}")
  @Size(max = 128, message = "{akun.sandi.terlalu-panjang}")
  private String baru;

  @NotBlank(message = "{akun.isian.wajib}")
  private String ulangi;

  boolean ulanganSama() {
    return baru != null && baru.equals(ulangi);
  }

  public String getLama() {
    return lama;
  }

  public void setLama(String lama) {
    this.lama = lama;
  }

  public String getBaru() {
    return baru;
  }

  public void setBaru(String baru) {
    this.baru = baru;
  }

  public String getUlangi() {
    return ulangi;
  }

  public void setUlangi(String ulangi) {
    this.ulangi = ulangi;
  }
}
