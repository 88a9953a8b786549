package id.gerai.akun;

import id.gerai.shared.Cakupan;
import id.gerai.shared.MasukanTidakSah;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Create an account. The password may be empty: a random one is then made and shown once. The scope
 * is given as its kind and an area code or a gerai id.
 */
public record BuatAkun(
    @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[a-z0-9._-]+") String namaPengguna,
    @NotBlank @Size(max = 120) String namaLengkap,
    @Size(max = 128) String kataSandi,
    @NotNull Peran peran,
    @NotNull Cakupan.Jenis cakupanJenis,
    String cakupanWilayah,
    Long cakupanGerai) {

  private static final java.util.regex.Pattern NAMA_PENGGUNA =
      java.util.regex.Pattern.compile("[a-z0-9._-]{3,60}");

  /** The same checks as the annotations, for callers that do not run Bean Validation. */
  void periksa() {
    if (namaPengguna == null || !NAMA_PENGGUNA.matcher(namaPengguna).matches()) {
      throw new MasukanTidakSah("akun.nama-pengguna.bentuk");
    }
    if (namaLengkap == null || namaLengkap.isBlank() || namaLengkap.length() > 120) {
      throw new MasukanTidakSah("akun.nama-lengkap.wajib");
    }
    if (peran == null) {
      throw new MasukanTidakSah("akun.peran.wajib");
    }
  }
}
