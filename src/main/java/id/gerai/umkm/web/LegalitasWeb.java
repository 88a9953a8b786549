package id.gerai.umkm.web;

/** What the permit pages and API share: who may record permits and set the ladder's flags. */
final class LegalitasWeb {

  /**
   * Dinkop staff and gerai officers within their scope, and a business actor for their own
   * businesses (their scope reaches only those).
   */
  static final String PENCATAT =
      "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_GERAI','PELAKU_USAHA')";

  private LegalitasWeb() {}
}
