package id.gerai.koperasi;

/** The few facts of a cooperative that its statements and worksheet pages show. */
public record KesehatanKoperasi(
    long id, String nama, String kelompok, String bentuk, String kodeWilayah) {}
