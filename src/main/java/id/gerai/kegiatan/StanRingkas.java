package id.gerai.kegiatan;

/** A booth of a festival and the tenant in it (null when free). */
public record StanRingkas(long id, String kode, String keterangan, Long tenantId) {}
