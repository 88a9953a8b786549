package id.gerai.koperasi;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Record a year's members by sex (replaces that year's figures). */
public record CatatAnggota(
    @NotNull(message = "{koperasi.validasi.wajib}")
        @Min(value = 1900, message = "{koperasi.validasi.tahun}")
        @Max(value = 2100, message = "{koperasi.validasi.tahun}")
        Integer tahun,
    @NotNull(message = "{koperasi.validasi.wajib}")
        @Min(value = 0, message = "{koperasi.validasi.tidak-negatif}")
        Integer lakiLaki,
    @NotNull(message = "{koperasi.validasi.wajib}")
        @Min(value = 0, message = "{koperasi.validasi.tidak-negatif}")
        Integer perempuan) {}
