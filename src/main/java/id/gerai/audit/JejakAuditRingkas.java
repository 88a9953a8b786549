package id.gerai.audit;

import java.time.OffsetDateTime;

/** One line of the trail as lists show it: who did what to which record, when and from where. */
public record JejakAuditRingkas(
    long id,
    OffsetDateTime waktu,
    String pelaku,
    Long pelakuId,
    String aksi,
    String jenisRekaman,
    String idRekaman,
    String alamatIp) {}
