package id.gerai.umkm;

import java.util.List;

/** A business as the audit trail keeps it. */
public record UsahaRekaman(
    long pelakuUsahaId,
    String nama,
    String nib,
    String kbliKode,
    UsahaBentuk bentukUsaha,
    String kodeWilayah,
    Long geraiId,
    Integer tahunBerdiri,
    String saluranPenjualan,
    UsahaStatus status,
    VerifikasiStatus statusVerifikasi,
    List<String> produk) {}
