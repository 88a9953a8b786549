package id.gerai.kegiatan;

/**
 * What a gerai did in a period, for its periodic report: activities held there, of which forum
 * meetings, participants who attended them, and services given there (businesses met, registered,
 * helped with a permit...).
 */
public record HitunganGerai(long kegiatan, long pertemuan, long pesertaHadir, long layanan) {}
