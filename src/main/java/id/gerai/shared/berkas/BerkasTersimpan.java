package id.gerai.shared.berkas;

/**
 * A file safely on disk, as its owner keeps it in its own row: the generated UUID name it is stored
 * under, the sanitised name shown to users, its size in bytes, its SHA-256 and its kind.
 */
public record BerkasTersimpan(
    String namaSimpan, String namaAsli, long ukuran, String sha256, JenisBerkas jenis) {}
