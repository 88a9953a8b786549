package id.gerai.umkm;

/**
 * Evidence to attach to a business: its kind, the permit or milestone it belongs to (only for those
 * kinds; ignored otherwise) and an optional caption of at most 200 characters.
 */
public record BuktiBaru(BuktiJenis jenis, Long legalitasId, Long tonggakId, String keterangan) {}
