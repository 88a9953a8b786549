package id.gerai.gerai;

/**
 * A file safely on disk: the generated UUID name it is stored under, the sanitised name shown to
 * users, its size in bytes and its SHA-256.
 */
public record BerkasTersimpan(String namaSimpan, String namaAsli, long ukuran, String sha256) {}
