package id.gerai.umkm;

/**
 * Who records a year's figures: their user name, and whether they are an officer (Dinkop staff or a
 * gerai officer, whose figures are verified or from a report) or the business actor
 * (self-reported).
 */
public record AngkaTahunanPencatat(String nama, boolean petugas) {}
