package id.gerai.umkm;

/**
 * A business created by an import, as its one trail entry keeps it: the business; its owner when
 * the same row created the owner (else null, the business naming the existing owner's id); and the
 * year's figures with their class, when the row gave them.
 */
public record UsahaDiimpor(
    UsahaRekaman usaha, PelakuUsahaRekaman pemilikBaru, AngkaTahunan angkaTahunan) {}
