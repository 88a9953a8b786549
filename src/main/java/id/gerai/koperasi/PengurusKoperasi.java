package id.gerai.koperasi;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** One officer or supervisor with their position and term (masa bakti; either end may be open). */
@Table("koperasi_pengurus")
public record PengurusKoperasi(
    KedudukanPengurus kedudukan, String nama, String jabatan, LocalDate mulai, LocalDate selesai) {}
