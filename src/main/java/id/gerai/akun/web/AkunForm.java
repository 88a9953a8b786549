package id.gerai.akun.web;

import id.gerai.akun.BuatAkun;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The new-account form: who, an optional first password, and the role and scope. */
class AkunForm extends PeranForm {

  @NotBlank(message = "{akun.isian.wajib}")
  @Size(min = 3, max = 60, message = "{akun.nama-pengguna.panjang}")
  @Pattern(regexp = "[a-z0-9._-]*", message = "{akun.nama-pengguna.bentuk}")
  private String namaPengguna;

  @NotBlank(message = "{akun.isian.wajib}")
  @Size(max = 120, message = "{akun.nama-lengkap.panjang}")
  private String namaLengkap;

  @Size(max = 128, message = "{akun.sandi.terlalu-panjang}")
  private String kataSandi;

  BuatAkun keBuatAkun() {
    return new BuatAkun(
        namaPengguna.trim(),
        namaLengkap.trim(),
        kataSandi,
        getPeran(),
        getCakupanJenis(),
        kodeDipilih(),
        getCakupanGerai());
  }

  public String getNamaPengguna() {
    return namaPengguna;
  }

  public void setNamaPengguna(String namaPengguna) {
    this.namaPengguna = namaPengguna;
  }

  public String getNamaLengkap() {
    return namaLengkap;
  }

  public void setNamaLengkap(String namaLengkap) {
    this.namaLengkap = namaLengkap;
  }

  public String getKataSandi() {
    return kataSandi;
  }

  public void setKataSandi(String kataSandi) {
    this.kataSandi = kataSandi;
  }
}
