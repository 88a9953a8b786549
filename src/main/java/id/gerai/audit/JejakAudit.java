package id.gerai.audit;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/**
 * One entry of the trail in full: the record before and after the change as JSON ({@code null} when
 * there was none, as before a creation), and the client's user agent.
 */
public record JejakAudit(
    long id,
    OffsetDateTime waktu,
    String pelaku,
    Long pelakuId,
    String aksi,
    String jenisRekaman,
    String idRekaman,
    JsonNode sebelum,
    JsonNode sesudah,
    String alamatIp,
    String agen) {}
