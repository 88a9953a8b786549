package id.gerai.umkm;

import java.time.LocalDate;

/** One enrolment in a business's list; {@code berlaku} when it covers today. */
public record BinaanRingkas(
    long id,
    long usahaId,
    String pendamping,
    Long pendampingAkunId,
    LocalDate sejak,
    LocalDate sampai,
    String target,
    String dicatatOleh,
    boolean berlaku) {}
