package id.gerai.akun;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What an htmx request gets when the session behind its page has ended (idle or absolute timeout,
 * sign-out in another tab). A redirect to the sign-in page would be followed inside the request and
 * the sign-in form swapped into a table cell; instead the answer asks htmx to reload the page
 * ({@code HX-Refresh}), whose own request then goes to sign-in and comes back to it afterwards. A
 * form posted with the ended session's CSRF token is answered the same way; other refusals stay a
 * plain 403, which the page reports. Every other request keeps the usual answers: the redirect to
 * sign-in and the 403 page.
 */
final class HtmxSesi implements AuthenticationEntryPoint, AccessDeniedHandler {

  private static final RequestMatcher HTMX = new RequestHeaderRequestMatcher("HX-Request", "true");

  private final AuthenticationEntryPoint masuk;
  private final AccessDeniedHandler ditolak = new AccessDeniedHandlerImpl();

  HtmxSesi(String halamanMasuk) {
    this.masuk = new LoginUrlAuthenticationEntryPoint(halamanMasuk);
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException, ServletException {
    if (HTMX.matches(request)) {
      muatUlang(response, HttpServletResponse.SC_UNAUTHORIZED);
    } else {
      masuk.commence(request, response, e);
    }
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException, ServletException {
    if (!HTMX.matches(request)) {
      ditolak.handle(request, response, e);
    } else if (e instanceof CsrfException) {
      muatUlang(response, HttpServletResponse.SC_FORBIDDEN);
    } else {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    }
  }

  private static void muatUlang(HttpServletResponse response, int status) {
    response.setHeader("HX-Refresh", "true");
    response.setStatus(status);
  }
}
