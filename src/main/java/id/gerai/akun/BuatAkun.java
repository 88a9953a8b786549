package id.gerai.akun;

import id.gerai.shared.Cakupan;
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
    Long cakupanGerai) {}
