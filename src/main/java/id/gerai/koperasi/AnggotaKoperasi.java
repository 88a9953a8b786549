package id.gerai.koperasi;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member cooperative of a secondary cooperative: one of the register (its id) or, when it lies
 * outside the register, only its name. {@code kode} is the row's stable id, by which it is removed.
 */
@Table("koperasi_anggota_koperasi")
public record AnggotaKoperasi(Long anggotaKoperasiId, String nama, LocalDate sejak, String kode) {}
