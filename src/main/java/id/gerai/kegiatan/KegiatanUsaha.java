package id.gerai.kegiatan;

import java.time.LocalDateTime;

/** An activity a business took part in, and in what role (a festival's tenant is TENANT). */
public record KegiatanUsaha(
    long id, KegiatanJenis jenis, String judul, LocalDateTime mulai, PesertaPeran peran) {}
