package id.gerai.gerai;

import java.time.LocalDate;

/** A new decree: its number, date, issuer and subject. */
public record SuratKeputusanBaru(
    String nomor, LocalDate tanggal, String penerbit, String tentang) {}
