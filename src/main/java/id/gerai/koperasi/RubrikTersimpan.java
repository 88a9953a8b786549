package id.gerai.koperasi;

import id.gerai.koperasi.kesehatan.Rubrik;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A published rubric version: its row and the rubric it holds. */
public record RubrikTersimpan(
    long id,
    String kode,
    String regulasi,
    LocalDate berlakuMulai,
    String judul,
    String asal,
    String diterbitkanOleh,
    OffsetDateTime diterbitkanPada,
    Rubrik rubrik) {}
