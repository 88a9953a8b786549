package id.gerai.koperasi;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Register (or edit) a cooperative. The field shapes are checked here; the kelurahan, the gerai and
 * the editor's scope are the service's. The legal entity number and the Nomor Induk Koperasi are
 * free text: a pattern that does not match only warns. {@code akunId} links the account of the
 * cooperative's officer; only Dinkop staff set it.
 */
public record DaftarkanKoperasi(
    @NotBlank(message = "{koperasi.validasi.wajib}")
        @Size(max = 200, message = "{koperasi.validasi.panjang}")
        String nama,
    @Size(max = 100, message = "{koperasi.validasi.panjang}") String nomorBadanHukum,
    @PastOrPresent(message = "{koperasi.validasi.tanggal-lampau}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate tanggalBadanHukum,
    @Size(max = 30, message = "{koperasi.validasi.panjang}") String nomorIndukKoperasi,
    @NotNull(message = "{koperasi.validasi.wajib}") JenisKoperasi jenis,
    @NotNull(message = "{koperasi.validasi.wajib}") KelompokKoperasi kelompok,
    @NotNull(message = "{koperasi.validasi.wajib}") BentukKoperasi bentuk,
    @NotBlank(message = "{koperasi.validasi.wajib}") String kelurahan,
    @Size(max = 300, message = "{koperasi.validasi.panjang}") String alamat,
    Long geraiId,
    Long akunId,
    @PastOrPresent(message = "{koperasi.validasi.tanggal-lampau}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate tanggalBerdiri,
    @Size(max = 160, message = "{koperasi.validasi.panjang}") String namaManajer,
    @Min(value = 0, message = "{koperasi.validasi.tidak-negatif}") Integer jumlahKaryawan,
    @Size(max = 20, message = "{koperasi.validasi.program}")
        List<@Size(max = 100, message = "{koperasi.validasi.panjang}") String> program) {

  public DaftarkanKoperasi {
    program =
        program == null
            ? List.of()
            : program.stream()
                .filter(p -> p != null && !p.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
  }

  /** The tags as one comma-separated text, for the form. */
  public String programTeks() {
    return String.join(", ", program);
  }

  /** An empty form. */
  public static DaftarkanKoperasi kosong() {
    return new DaftarkanKoperasi(
        null,
        null,
        null,
        null,
        null,
        null,
        BentukKoperasi.PRIMER,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }
}
