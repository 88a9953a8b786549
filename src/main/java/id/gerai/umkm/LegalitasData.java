package id.gerai.umkm;

import java.time.LocalDate;

/** A permit's recorded facts, as the audit trail keeps them before and after a change. */
public record LegalitasData(
    long id,
    long usahaId,
    LegalitasJenis jenis,
    String nomor,
    LocalDate tanggalTerbit,
    LocalDate berlakuSampai) {}
