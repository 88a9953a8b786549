package id.gerai.konsultasi;

import java.util.List;

/**
 * Whose problem it is, as copied onto the case at creation: the business or the cooperative, its
 * kelurahan and gerai (for scope), the owner's account when known, and the names the know-how must
 * never show.
 */
record SubjekKasus(
    Long usahaId,
    Long koperasiId,
    String nama,
    String kodeWilayah,
    Long geraiId,
    Long pemilikAkunId,
    List<String> namaTerlarang) {}
