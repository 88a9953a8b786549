package id.gerai.koperasi;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Record that a business of the UMKM register is a member of a cooperative, since a date. */
public record CatatAnggotaUsaha(
    @NotNull(message = "{koperasi.validasi.wajib}") Long usahaId,
    @PastOrPresent(message = "{koperasi.validasi.tanggal-lampau}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate sejak) {}
