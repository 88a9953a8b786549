package id.gerai.koperasi;

import java.util.List;

/**
 * A cooperative as other modules copy it onto their own rows: name, kelurahan and gerai (for their
 * scope), its officer's account, and the names of its people (for stripping from anonymised text).
 */
public record KoperasiSingkat(
    long id,
    String nama,
    String kodeWilayah,
    Long geraiId,
    Long akunId,
    String namaManajer,
    List<String> namaPengurus) {}
