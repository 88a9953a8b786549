package id.gerai.umkm;

/** A business actor as the audit trail keeps it: NIK and phone masked, never in clear. */
public record PelakuUsahaRekaman(
    String nama,
    String nikSamaran,
    String teleponSamaran,
    String kodeWilayah,
    PelakuUsahaDasar dasarPemrosesan,
    Long akunId,
    VerifikasiStatus statusVerifikasi) {}
