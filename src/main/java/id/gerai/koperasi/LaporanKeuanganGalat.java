package id.gerai.koperasi;

/** A problem with one figure of a statement: the figure's name, a message key and its arguments. */
public record LaporanKeuanganGalat(String pos, String kodePesan, Object... argumen) {}
