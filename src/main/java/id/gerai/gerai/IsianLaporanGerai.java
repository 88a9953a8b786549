package id.gerai.gerai;

/**
 * What another module contributes to a gerai report before the officer sees it: the counts it
 * recorded for that gerai in that period (activities held, services given, cases raised). Modules
 * implement it as a Spring bean; the report form adds up every bean's counts as suggested values,
 * and the officer confirms or corrects them. With no bean the suggestions are all zero.
 */
public interface IsianLaporanGerai {

  /** The counts recorded for the gerai in the period; {@link LaporanGeraiAngka#NOL} when none. */
  LaporanGeraiAngka isian(long geraiId, Periode periode);
}
