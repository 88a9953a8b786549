package id.gerai.akun;

import id.gerai.shared.Cakupan;
import java.time.Instant;

/** An account as lists and the trail show it: never the password hash. */
public record AkunRingkas(
    long id,
    String namaPengguna,
    String namaLengkap,
    Peran peran,
    Cakupan cakupan,
    boolean aktif,
    Instant dibuatPada) {}
