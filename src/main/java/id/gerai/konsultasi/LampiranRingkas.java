package id.gerai.konsultasi;

import id.gerai.shared.berkas.JenisBerkas;
import java.time.OffsetDateTime;

/** One attachment of a case. */
public record LampiranRingkas(
    long id,
    String nama,
    JenisBerkas jenis,
    long ukuran,
    String diunggahOleh,
    OffsetDateTime diunggahPada) {}
