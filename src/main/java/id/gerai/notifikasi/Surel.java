package id.gerai.notifikasi;

import id.gerai.shared.Pemberitahuan;
import java.util.List;
import java.util.Locale;

/** One email waiting to go: the stored notification it belongs to and what to write. */
record Surel(
    long notifikasiId,
    String alamat,
    String nama,
    Locale bahasa,
    Pemberitahuan.Jenis jenis,
    String kodePesan,
    List<String> argumen,
    String tautan) {}
