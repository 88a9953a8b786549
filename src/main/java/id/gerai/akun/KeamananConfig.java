package id.gerai.akun;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the API (bearer token or the browser session, 401 instead of a redirect) and
 * the pages (form sign-in; an htmx request whose session has ended gets a page reload, {@link
 * HtmxSesi}). Both get the same headers and the absolute session lifetime.
 */
@Configuration
@EnableMethodSecurity
class KeamananConfig {

  static final String STAF = "hasAnyRole('ADMIN_DINAS','STAF_DINAS')";

  private final AkunProperties properties;
  private final String kebijakanKonten;

  KeamananConfig(
      AkunProperties properties,
      @org.springframework.beans.factory.annotation.Value("${gerai.gerai.tile-url:}") String tile) {
    this.properties = properties;
    this.kebijakanKonten = KebijakanKonten.untuk(tile);
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationProvider authenticationProvider(
      PenggunaDetailService pengguna, PasswordEncoder encoder, PembatasLogin pembatas) {
    DaoAuthenticationProvider dao = new DaoAuthenticationProvider(pengguna);
    dao.setPasswordEncoder(encoder);
    return new PembatasanAuthenticationProvider(dao, pembatas);
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, TokenAksesService token) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .csrf(c -> c.ignoringRequestMatchers(TokenAksesFilter::adaBearer))
        .exceptionHandling(
            e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
        .addFilterBefore(new TokenAksesFilter(token), BasicAuthenticationFilter.class)
        .addFilterAfter(
            new SesiMutlakFilter(properties.sessionAbsolute()), SecurityContextHolderFilter.class);
    return kepala(http).build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain halaman(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/error",
                        "/css/**",
                        "/js/**",
                        "/img/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/actuator/health/**",
                        "/lisensi",
                        "/lisensi/odbl")
                    .permitAll()
                    .requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/**")
                    .hasAnyRole("ADMIN_DINAS", "STAF_DINAS")
                    .requestMatchers("/admin/**")
                    .hasRole("ADMIN_DINAS")
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .failureHandler(
                        (req, res, ex) ->
                            res.sendRedirect(req.getContextPath() + "/login?" + alasan(ex)))
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?keluar"))
        .exceptionHandling(
            e -> {
              HtmxSesi htmx = new HtmxSesi("/login");
              e.authenticationEntryPoint(htmx).accessDeniedHandler(htmx);
            })
        .addFilterAfter(
            new SesiMutlakFilter(properties.sessionAbsolute()), SecurityContextHolderFilter.class);
    return kepala(http).build();
  }

  private static String alasan(Exception ex) {
    if (ex instanceof LockedException) {
      return "terkunci";
    }
    return ex instanceof DisabledException ? "nonaktif" : "galat";
  }

  private HttpSecurity kepala(HttpSecurity http) throws Exception {
    return http.headers(
        h ->
            h.contentSecurityPolicy(c -> c.policyDirectives(kebijakanKonten))
                .frameOptions(f -> f.deny())
                .referrerPolicy(
                    r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
  }
}
