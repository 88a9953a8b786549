package id.gerai.gerai.web;

import id.gerai.gerai.PengurusGerai;
import id.gerai.gerai.PengurusService;
import id.gerai.shared.Cakupan;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/gerai/{id}/pengurus}: a gerai's current, upcoming and past officers, the
 * completeness of its required positions and its decrees; scoped, phones masked but for Dinkop.
 */
@RestController
class PengurusApiController {

  private final PengurusService pengurus;

  PengurusApiController(PengurusService pengurus) {
    this.pengurus = pengurus;
  }

  @GetMapping("/api/v1/gerai/{id}/pengurus")
  PengurusGerai pengurus(@PathVariable long id, Cakupan cakupan, Authentication auth) {
    return pengurus.untukGerai(id, cakupan, PengurusWeb.dinas(auth));
  }
}
