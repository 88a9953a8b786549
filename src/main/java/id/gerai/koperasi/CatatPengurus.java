package id.gerai.koperasi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Add an officer or supervisor with their position and term. */
public record CatatPengurus(
    @NotNull(message = "{koperasi.validasi.wajib}") KedudukanPengurus kedudukan,
    @NotBlank(message = "{koperasi.validasi.wajib}")
        @Size(max = 160, message = "{koperasi.validasi.panjang}")
        String nama,
    @NotBlank(message = "{koperasi.validasi.wajib}")
        @Size(max = 100, message = "{koperasi.validasi.panjang}")
        String jabatan,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate mulai,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate selesai) {}
