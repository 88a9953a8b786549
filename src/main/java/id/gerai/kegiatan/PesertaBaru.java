package id.gerai.kegiatan;

/**
 * Register a participant: a business (its id) or a person (name, optional phone), in a role (a
 * participant when none). Cooperatives ({@code koperasiId}) are reserved and refused for now.
 */
public record PesertaBaru(
    PesertaPeran peran, Long usahaId, Long koperasiId, String nama, String telepon) {}
