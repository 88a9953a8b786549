package id.gerai.akun;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer gerai_…} on the API: a live token signs the request in as its
 * account for this request only (nothing goes into a session); a bad token is a 401 at once.
 */
class TokenAksesFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final TokenAksesService token;

  TokenAksesFilter(TokenAksesService token) {
    this.token = token;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith(BEARER)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<PenggunaGerai> pengguna = token.autentikasi(header.substring(BEARER.length()).trim());
    if (pengguna.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getWriter().write("{\"status\":401,\"title\":\"Unauthorized\"}");
      return;
    }
    SecurityContext konteks = SecurityContextHolder.createEmptyContext();
    PenggunaGerai p = pengguna.get();
    konteks.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
    SecurityContextHolder.setContext(konteks);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  static boolean adaBearer(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    return header != null && header.startsWith(BEARER);
  }
}
