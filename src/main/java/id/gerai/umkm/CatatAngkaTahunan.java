package id.gerai.umkm;

import java.math.BigDecimal;

/**
 * A year's figures to record (rupiah). Annual sales are required (the empowerment class depends on
 * them); capital, net worth (used for years before 2021) and workers may be unknown. The source is
 * chosen by officers; a business actor's own figures are always {@code MANDIRI}.
 */
public record CatatAngkaTahunan(
    Integer tahun,
    BigDecimal omzetTahunan,
    BigDecimal modalUsaha,
    BigDecimal kekayaanBersih,
    Integer tenagaKerja,
    AngkaTahunan.Sumber sumber) {}
