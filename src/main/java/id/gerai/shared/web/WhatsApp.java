package id.gerai.shared.web;

import id.gerai.shared.TautanWhatsApp;
import org.springframework.stereotype.Component;

/**
 * WhatsApp click-to-chat links for templates: {@code ${@whatsapp.tautan(telepon, pesan)}} gives
 * {@code https://wa.me/<digits>?text=<message>}, or null for a number that is no usable Indonesian
 * mobile number, so a {@code th:if} hides the link. The rule itself is {@link TautanWhatsApp}.
 */
@Component("whatsapp")
public class WhatsApp {

  public String tautan(String telepon, String pesan) {
    return TautanWhatsApp.buat(telepon, pesan);
  }
}
