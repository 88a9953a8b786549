package id.gerai.koperasi;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Add a member cooperative to a secondary cooperative: one of the register by id, or by name when
 * it is not in the register.
 */
public record CatatAnggotaKoperasi(
    Long anggotaKoperasiId,
    @Size(max = 200, message = "{koperasi.validasi.panjang}") String nama,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sejak) {}
