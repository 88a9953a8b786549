package id.gerai.gerai;

/**
 * One gerai's report for one period as the form shows it: the report (a new, unsaved draft when
 * none exists yet, pre-filled), the values other modules suggest, and the gerai's registered forum
 * members that bound the members present.
 */
public record LaporanGeraiLembar(
    long geraiId,
    String geraiNama,
    LaporanGeraiRingkas laporan,
    LaporanGeraiAngka isian,
    long anggotaTerdaftar,
    boolean baru) {}
