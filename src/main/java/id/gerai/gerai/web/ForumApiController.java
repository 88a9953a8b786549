package id.gerai.gerai.web;

import id.gerai.gerai.ForumService;
import id.gerai.gerai.ForumSusunan;
import id.gerai.shared.TidakDitemukan;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/forum}: the forum of the home area with its decrees and officers (phones masked
 * but for Dinkop); 404 while there is none.
 */
@RestController
class ForumApiController {

  private final ForumService forum;

  ForumApiController(ForumService forum) {
    this.forum = forum;
  }

  @GetMapping("/api/v1/forum")
  ForumSusunan forum(Authentication auth) {
    return forum
        .susunan(PengurusWeb.dinas(auth))
        .orElseThrow(() -> new TidakDitemukan("forum.belum-ada"));
  }
}
