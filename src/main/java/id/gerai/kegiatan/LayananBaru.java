package id.gerai.kegiatan;

/**
 * Record a service given during an activity (at a safari visit when {@code kunjunganId} is given):
 * its kind, the business (its id) or a name, and a note.
 */
public record LayananBaru(
    Long kunjunganId, LayananJenis jenis, Long usahaId, String nama, String catatan) {}
