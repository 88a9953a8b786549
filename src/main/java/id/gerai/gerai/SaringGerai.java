package id.gerai.gerai;

/**
 * A list request: area code prefix, kind, status and part of the name (each optional), and the page
 * (from 0) with its size.
 */
public record SaringGerai(
    String wilayah, GeraiJenis jenis, GeraiStatus status, String q, int halaman, int ukuran) {}
