package id.gerai.akun;

/**
 * An account that can take cases, as a picker lists it: who (shown name and username) and in which
 * role. Never the scope details or the password hash.
 */
public record PilihAkun(long id, String namaPengguna, String namaLengkap, Peran peran) {}
