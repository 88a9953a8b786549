package id.gerai.kegiatan;

/** The answer to a check-in: who, and whether they had already been checked in before. */
public record Kehadiran(PesertaRingkas peserta, boolean sudahSebelumnya) {}
