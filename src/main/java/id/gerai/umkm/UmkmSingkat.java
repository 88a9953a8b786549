package id.gerai.umkm;

/**
 * A business as other modules copy it onto their own rows: its name, kelurahan and gerai (for their
 * scope) the owner's record id and shown name (for stripping from anonymised text). Never the NIK,
 * phone or e-mail, so reading it leaves no personal-data view in the trail.
 */
public record UmkmSingkat(
    long id,
    String nama,
    String kodeWilayah,
    Long geraiId,
    long pelakuUsahaId,
    String namaPemilik) {}
