package id.gerai.koperasi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A cooperative as the audit trail keeps it, before and after a change. */
public record KoperasiRekaman(
    String nama,
    String nomorBadanHukum,
    LocalDate tanggalBadanHukum,
    String nomorIndukKoperasi,
    JenisKoperasi jenis,
    KelompokKoperasi kelompok,
    BentukKoperasi bentuk,
    String kodeWilayah,
    String alamat,
    Long geraiId,
    Long akunId,
    StatusKoperasi status,
    LocalDate tanggalBerdiri,
    String namaManajer,
    Integer jumlahKaryawan,
    StatusVerifikasi statusVerifikasi,
    List<String> program,
    List<PengurusKoperasi> pengurus,
    Map<Integer, AnggotaTahunan> anggota,
    List<AnggotaKoperasi> anggotaKoperasi) {}
