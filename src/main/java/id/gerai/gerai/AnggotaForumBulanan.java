package id.gerai.gerai;

/** The active members of a gerai at the end of a month ({@code YYYY-MM}). */
public record AnggotaForumBulanan(String bulan, long jumlah) {}
