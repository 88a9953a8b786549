package id.gerai.konsultasi;

/** An account a case can be assigned to: its id, names, and the role it takes the case in. */
public record PilihAkunCalon(long id, String namaPengguna, String namaLengkap, PeranTujuan peran) {}
