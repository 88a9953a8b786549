package id.gerai.konsultasi;

/** Move a case to a status; solving it needs the written solution ({@code solusi}). */
public record UbahStatus(StatusKonsultasi status, String solusi) {}
