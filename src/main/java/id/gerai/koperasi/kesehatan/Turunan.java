package id.gerai.koperasi.kesehatan;

import java.util.List;

/** A derived quantity (modal sendiri, RPM, …): a named sum of terms. */
public record Turunan(String nama, List<Suku> rumus, Teks keterangan) {}
