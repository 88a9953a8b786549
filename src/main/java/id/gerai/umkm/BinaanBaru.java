package id.gerai.umkm;

import java.time.LocalDate;

/**
 * Enrol a business as binaan: the mentor's name (and their account, when they have one), since
 * when, until when (open-ended when null), and the target agreed with the business.
 */
public record BinaanBaru(
    String pendamping, Long pendampingAkunId, LocalDate sejak, LocalDate sampai, String target) {}
