package id.gerai.koperasi;

import org.springframework.data.relational.core.mapping.Table;

/** A program tag, such as Koperasi Kelurahan Merah Putih. */
@Table("koperasi_program")
record ProgramKoperasi(String nama) {}
