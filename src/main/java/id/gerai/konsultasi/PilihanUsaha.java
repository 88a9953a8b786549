package id.gerai.konsultasi;

/** A business (or a cooperative) to choose on the new-case form. */
public record PilihanUsaha(long id, String nama) {}
