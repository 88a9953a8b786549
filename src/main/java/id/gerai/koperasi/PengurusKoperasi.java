package id.gerai.koperasi;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One officer or supervisor with their position and term (masa bakti; either end may be open);
 * {@code kode} is the row's stable id, by which it is removed.
 */
@Table("koperasi_pengurus")
public record PengurusKoperasi(
    KedudukanPengurus kedudukan,
    String nama,
    String jabatan,
    LocalDate mulai,
    LocalDate selesai,
    String kode) {}
