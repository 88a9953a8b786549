package id.gerai.konsultasi;

/** A business to choose on the new-case form. */
public record PilihanUsaha(long id, String nama) {}
