package id.gerai.koperasi;

/** A year's statements were recorded or replaced: that year's assessment must be computed again. */
public record LaporanKeuanganDicatat(long koperasiId, int tahun) {}
