package id.gerai.kegiatan;

import java.math.BigDecimal;

/**
 * A festival in figures, counted by query: accepted tenants and how many of them are binaan,
 * applications waiting, booths and booths taken, and reported sales.
 */
public record RingkasanFestival(
    long tenant, long binaan, long diajukan, long stan, long stanTerisi, BigDecimal penjualan) {}
