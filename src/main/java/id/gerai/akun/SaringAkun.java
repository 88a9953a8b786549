package id.gerai.akun;

/** Filters for the account list; a null field does not filter. {@code q} searches both names. */
public record SaringAkun(Peran peran, Boolean aktif, String q) {

  public static final SaringAkun SEMUA = new SaringAkun(null, null, null);
}
