package id.gerai.gerai.web;

import id.gerai.shared.GalatBerpesan;
import id.gerai.shared.berkas.BerkasUnggahan;
import org.springframework.security.core.Authentication;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the officer pages share: who may change what, who sees phones, and uploads. */
final class PengurusWeb {

  /** Dinkop staff appoint gerai officers and see phone numbers in full. */
  static final String STAF = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  /** The forum's own officers also keep its structure. */
  static final String PENGELOLA_FORUM = "hasAnyRole('ADMIN_DINAS','STAF_DINAS','PENGURUS_FORUM')";

  private PengurusWeb() {}

  /** Whether the caller is Dinkop staff, who may see officers' phone numbers unmasked. */
  static boolean dinas(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(
                a ->
                    "ROLE_ADMIN_DINAS".equals(a.getAuthority())
                        || "ROLE_STAF_DINAS".equals(a.getAuthority()));
  }

  /** Whether the caller keeps the forum's structure: Dinkop staff and forum officers. */
  static boolean pengelolaForum(Authentication auth) {
    return dinas(auth)
        || (auth != null
            && auth.getAuthorities().stream()
                .anyMatch(a -> "ROLE_PENGURUS_FORUM".equals(a.getAuthority())));
  }

  /** An upload, or null when the form was sent without a file. */
  static BerkasUnggahan unggahan(MultipartFile berkas) {
    if (berkas == null || berkas.isEmpty()) {
      return null;
    }
    return new BerkasUnggahan(berkas.getOriginalFilename(), berkas.getSize(), berkas);
  }

  /** A refused change shown on the page it came from, after the redirect. */
  static void galat(RedirectAttributes flash, GalatBerpesan e) {
    flash.addFlashAttribute("galat", e.kodePesan());
    flash.addFlashAttribute("galatArgumen", e.argumen());
  }
}
