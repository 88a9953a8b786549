package id.gerai.umkm;

import java.util.List;

/**
 * A business's enrolments: the ones not yet ended (current or starting later) and the past ones,
 * and whether the business is binaan today.
 */
public record BinaanDaftar(
    long usahaId,
    String namaUsaha,
    boolean binaan,
    List<BinaanRingkas> kini,
    List<BinaanRingkas> lalu) {}
