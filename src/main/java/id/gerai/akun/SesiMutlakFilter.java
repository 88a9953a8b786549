package id.gerai.akun;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session once it is older than the absolute lifetime, however active it has been: a phone
 * left signed in on a shared counter does not stay signed in for days.
 */
class SesiMutlakFilter extends OncePerRequestFilter {

  private final Duration batas;

  SesiMutlakFilter(Duration batas) {
    this.batas = batas;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession sesi = request.getSession(false);
    if (sesi != null && System.currentTimeMillis() - sesi.getCreationTime() > batas.toMillis()) {
      sesi.invalidate();
      SecurityContextHolder.clearContext();
      response.sendRedirect(request.getContextPath() + "/login?kedaluwarsa");
      return;
    }
    chain.doFilter(request, response);
  }
}
