package id.gerai.umkm;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Register (or edit) a business with its owner: the person first, then the business. Identifier
 * checks that need the database (NIK areas, KBLI, kelurahan, gerai) are the service's; the shape of
 * each field is checked here.
 */
public record DaftarkanUmkm(
    @Size(max = 30, message = "{umkm.register.validasi.panjang}") String nik,
    @NotBlank(message = "{umkm.register.validasi.wajib}")
        @Size(max = 160, message = "{umkm.register.validasi.panjang}")
        String nama,
    Nik.JenisKelamin jenisKelamin,
    @Past(message = "{umkm.register.validasi.tanggal-lahir}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate tanggalLahir,
    @Size(max = 30, message = "{umkm.register.validasi.panjang}") String telepon,
    @Email(message = "{umkm.register.validasi.email}")
        @Size(max = 160, message = "{umkm.register.validasi.panjang}")
        String email,
    @NotBlank(message = "{umkm.register.validasi.wajib}") String kelurahan,
    @Size(max = 300, message = "{umkm.register.validasi.panjang}") String alamat,
    @NotNull(message = "{umkm.register.validasi.wajib}") PelakuUsahaDasar dasarPemrosesan,
    @NotBlank(message = "{umkm.register.validasi.wajib}")
        @Size(max = 200, message = "{umkm.register.validasi.panjang}")
        String namaUsaha,
    @Size(max = 30, message = "{umkm.register.validasi.panjang}") String nib,
    @Size(max = 5, message = "{umkm.register.validasi.panjang}") String kbliKode,
    UsahaBentuk bentukUsaha,
    @NotBlank(message = "{umkm.register.validasi.wajib}") String kelurahanUsaha,
    @Size(max = 300, message = "{umkm.register.validasi.panjang}") String alamatUsaha,
    Long geraiId,
    @Min(value = 1900, message = "{umkm.register.validasi.tahun}")
        @Max(value = 2100, message = "{umkm.register.validasi.tahun}")
        Integer tahunBerdiri,
    List<UsahaSaluran> saluranPenjualan,
    @Size(max = 50, message = "{umkm.register.validasi.produk}")
        List<@Size(max = 160, message = "{umkm.register.validasi.panjang}") String> produk) {

  public DaftarkanUmkm {
    saluranPenjualan = saluranPenjualan == null ? List.of() : List.copyOf(saluranPenjualan);
    produk =
        produk == null
            ? List.of()
            : produk.stream().filter(p -> p != null && !p.isBlank()).map(String::strip).toList();
  }

  /** An empty form. */
  public static DaftarkanUmkm kosong() {
    return new DaftarkanUmkm(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
  }

  /** The products as one comma list, for a text field. */
  public String produkTeks() {
    return String.join(", ", produk);
  }
}
