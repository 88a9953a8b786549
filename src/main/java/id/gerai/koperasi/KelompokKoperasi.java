package id.gerai.koperasi;

/**
 * The supervision group: a savings-and-loan cooperative (KSP) or unit (USP), their sharia forms
 * (KSPPS, USPPS), or any other. The health rubric applies by group.
 */
public enum KelompokKoperasi {
  KSP,
  USP,
  KSPPS,
  USPPS,
  LAINNYA
}
