package id.gerai.umkm;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One milestone in a business's list, with its verification state. */
public record TonggakRingkas(
    long id,
    long usahaId,
    TonggakJenis jenis,
    LocalDate tanggal,
    String keterangan,
    BigDecimal nilai,
    String atribusi,
    VerifikasiStatus statusVerifikasi,
    String diverifikasiOleh,
    Instant diverifikasiPada,
    String dicatatOleh) {}
