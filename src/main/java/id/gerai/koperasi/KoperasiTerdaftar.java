package id.gerai.koperasi;

import java.util.List;

/** The cooperative saved, with the message keys of any warnings (the numbers' patterns). */
public record KoperasiTerdaftar(long id, List<String> peringatan) {}
