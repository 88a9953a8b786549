package id.gerai.kegiatan;

import java.time.LocalDateTime;

/**
 * An activity as entered: kind, title, start and end (office time), place (a gerai, or an address
 * with its kelurahan code and an optional map position), organiser, capacity (places for
 * participants, or booths of tenants at a festival), the places kept for binaan tenants, the
 * description and the outcome notes. {@code versi} is the version last read, for edits. {@code
 * olehForum}: organised by the forum (null keeps what it was; see {@link ForumKegiatan}).
 */
public record DataKegiatan(
    KegiatanJenis jenis,
    String judul,
    LocalDateTime mulai,
    LocalDateTime selesai,
    Long geraiId,
    String kodeWilayah,
    String alamat,
    Double lintang,
    Double bujur,
    String penyelenggara,
    Integer kapasitas,
    Integer kuotaBinaan,
    String deskripsi,
    String catatanHasil,
    Integer versi,
    Boolean olehForum) {}
