package id.gerai.umkm;

import java.time.LocalDate;

/** Record a permit or certificate: its kind, number, issue date and (except NIB) its expiry. */
public record LegalitasBaru(
    LegalitasJenis jenis, String nomor, LocalDate tanggalTerbit, LocalDate berlakuSampai) {}
