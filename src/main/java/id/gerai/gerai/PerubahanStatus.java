package id.gerai.gerai;

import java.time.LocalDate;

/** Deactivate, reactivate or close a gerai: the status it moves to, from when, and why. */
public record PerubahanStatus(GeraiStatus tujuan, LocalDate sejak, String alasan) {}
