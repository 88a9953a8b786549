package id.gerai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Bahasa Indonesia first; {@code ?lang=en} switches to English and a cookie remembers it. Pages
 * ignore the browser's language (many phones here are set to English while their users read
 * Indonesian); API clients may ask for English with {@code Accept-Language}.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

  static final Locale INDONESIA = Locale.forLanguageTag("id");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("gerai-bahasa");
    resolver.setDefaultLocaleFunction(WebConfig::bahasaAwal);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  private static Locale bahasaAwal(HttpServletRequest request) {
    String diminta = request.getHeader("Accept-Language");
    boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    if (api
        && diminta != null
        && Locale.forLanguageTag(diminta.split("[,;]")[0].trim()).getLanguage().equals("en")) {
      return Locale.ENGLISH;
    }
    return INDONESIA;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    registry.addInterceptor(interceptor);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CakupanArgumentResolver());
  }
}
