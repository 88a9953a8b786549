package id.gerai.koperasi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record the RAT of a fiscal year (replaces an earlier record of the same year): when it was held,
 * how many members came, whether it reached its quorum and ratified the financial statements.
 */
public record CatatRat(
    @NotNull(message = "{koperasi.validasi.wajib}")
        @Min(value = 1990, message = "{koperasi.validasi.tahun}")
        @Max(value = 2100, message = "{koperasi.validasi.tahun}")
        Integer tahunBuku,
    @NotNull(message = "{koperasi.validasi.wajib}")
        @PastOrPresent(message = "{koperasi.validasi.tanggal-lampau}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate tanggal,
    @Min(value = 0, message = "{koperasi.validasi.tidak-negatif}") Integer anggotaHadir,
    Boolean kuorum,
    Boolean laporanDisahkan) {}
