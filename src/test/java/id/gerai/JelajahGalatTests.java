package id.gerai;

import static id.gerai.PenggunaUji.sebagai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import id.gerai.akun.Peran;
import id.gerai.shared.Cakupan;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * "No 500 for anything a user can type or click", checked across every page and API at once: each
 * GET mapping, and each POST mapping that names a record in its path, is called by several roles
 * (one of them reading in English) with malformed, out-of-range and unknown values in every path
 * variable, every query parameter and every field of a filter object. Whatever the answer (400,
 * 403, 404, a page with a message, a redirect), it must not be a server error; and a POST never
 * answers 2xx, since the record it names does not exist. The values never name an existing record,
 * so the POSTs change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JelajahGalatTests {

  private static final List<String> NILAI =
      List.of("0", "-1", "abc", "99999999999999999999", "2026-13-45", "x'; --", " ");
  private static final Pattern VARIABEL = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  @Autowired MockMvcTester mvc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping pemetaan;

  @Test
  void noMalformedValueInAnyPathOrParameterGivesAServerError() {
    List<RequestPostProcessor> peran =
        List.of(
            PenggunaUji.adminKota(),
            dalamBahasaInggris(
                sebagai(Peran.PENGURUS_GERAI, Cakupan.gerai(1, PenggunaUji.KELURAHAN))),
            sebagai(Peran.PELAKU_USAHA, Cakupan.milikSendiri(-1)));
    List<String> galat = new ArrayList<>();
    int panggilan = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : pemetaan.getHandlerMethods().entrySet()) {
      Set<RequestMethod> metode = e.getKey().getMethodsCondition().getMethods();
      boolean get = metode.isEmpty() || metode.contains(RequestMethod.GET);
      for (String pola : e.getKey().getPatternValues()) {
        if (pola.equals("/error")) {
          continue; // the error page itself, which answers with the status of the error it shows
        }
        boolean post = metode.contains(RequestMethod.POST) && VARIABEL.matcher(pola).find();
        if (!get && !post) {
          continue;
        }
        for (String nilai : NILAI) {
          for (RequestPostProcessor p : peran) {
            String hasil = panggil(get, pola, parameter(e.getValue()), nilai, p, !get);
            panggilan++;
            if (hasil != null) {
              galat.add((get ? "GET " : "POST ") + pola + " with '" + nilai + "': " + hasil);
            }
          }
        }
      }
    }
    assertThat(panggilan).isGreaterThan(500);
    assertThat(galat).isEmpty();
  }

  /**
   * Every API write (POST, PUT, PATCH) receives a body that is not JSON at all or is cut off
   * half-way: a 400 with a problem detail, never a server error. The bodies cannot be read, so
   * nothing is written.
   */
  @Test
  void noUnreadableBodyGivesAnApiWriteAServerError() {
    List<String> galat = new ArrayList<>();
    int panggilan = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : pemetaan.getHandlerMethods().entrySet()) {
      for (RequestMethod metode : e.getKey().getMethodsCondition().getMethods()) {
        if (metode != RequestMethod.POST
            && metode != RequestMethod.PUT
            && metode != RequestMethod.PATCH) {
          continue;
        }
        for (String pola : e.getKey().getPatternValues()) {
          if (!pola.startsWith("/api/")) {
            continue;
          }
          String uri = VARIABEL.matcher(pola).replaceAll("0");
          for (String isi : List.of("{", "{\"nama\": ", "tidak json")) {
            MockHttpServletRequestBuilder r =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(metode.name()), uri)
                    .with(csrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(isi);
            String hasil = jalankan(r, PenggunaUji.adminKota(), false);
            panggilan++;
            if (hasil != null) {
              galat.add(metode + " " + pola + " with '" + isi + "': " + hasil);
            }
          }
        }
      }
    }
    assertThat(panggilan).isGreaterThan(30);
    assertThat(galat).isEmpty();
  }

  /**
   * Every upload (page or API) receives files that are not what it reads: empty, random bytes under
   * a spreadsheet's or a PDF's name, a broken zip, a text with a NUL byte and a formula. Each is
   * refused or reported with a message, never a server error; nothing in them is valid, so nothing
   * is written.
   */
  @Test
  void noUnreadableFileGivesAnUploadAServerError() throws Exception {
    byte[] acak = new byte[4096];
    new Random(7).nextBytes(acak);
    byte[] zipRusak = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5};
    List<MockMultipartFile> berkas =
        List.of(
            new MockMultipartFile("x", "kosong.xlsx", null, new byte[0]),
            new MockMultipartFile("x", "acak.xlsx", null, acak),
            new MockMultipartFile("x", "rusak.xlsx", null, zipRusak),
            new MockMultipartFile("x", "acak.pdf", "application/pdf", acak),
            new MockMultipartFile(
                "x",
                "aneh.csv",
                "text/csv",
                "Nama Usaha;NIK\n\u0000;=cmd|' /C calc'!A0\n\"tidak ditutup;1\n"
                    .getBytes(StandardCharsets.UTF_8)));
    List<String> galat = new ArrayList<>();
    int panggilan = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : pemetaan.getHandlerMethods().entrySet()) {
      String bidang = bidangBerkas(e.getValue());
      if (bidang == null
          || !e.getKey().getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
        continue;
      }
      for (String pola : e.getKey().getPatternValues()) {
        String uri = VARIABEL.matcher(pola).replaceAll("0");
        for (MockMultipartFile b : berkas) {
          var f =
              new MockMultipartFile(
                  bidang, b.getOriginalFilename(), b.getContentType(), b.getBytes());
          var r = MockMvcRequestBuilders.multipart(uri).file(f).with(csrf());
          String hasil = jalankan(r, PenggunaUji.adminKota(), false);
          panggilan++;
          if (hasil != null) {
            galat.add("POST " + pola + " with " + b.getOriginalFilename() + ": " + hasil);
          }
        }
      }
    }
    assertThat(panggilan).isGreaterThan(40);
    assertThat(galat).isEmpty();
  }

  /** The form field of the handler's file parameter, or null when it takes no file. */
  private static String bidangBerkas(HandlerMethod handler) {
    for (MethodParameter mp : handler.getMethodParameters()) {
      Class<?> t = mp.getParameterType();
      boolean berkas =
          MultipartFile.class.isAssignableFrom(t)
              || t.isArray() && t.getComponentType() == MultipartFile.class
              || List.class.isAssignableFrom(t)
                  && mp.getGenericParameterType().getTypeName().contains("MultipartFile");
      if (berkas) {
        RequestParam rp = mp.getParameterAnnotation(RequestParam.class);
        String n = rp == null ? "" : !rp.name().isEmpty() ? rp.name() : rp.value();
        return n.isEmpty() ? mp.getParameterName() : n;
      }
    }
    return null;
  }

  /**
   * Null when the answer is neither a server error nor, for a POST naming a record that cannot
   * exist, a page rendered as if it did (a form with errors must not come back for a record out of
   * reach: 404 first); else the status or the escaped exception.
   */
  private String panggil(
      boolean get,
      String pola,
      Set<String> parameter,
      String nilai,
      RequestPostProcessor p,
      boolean tanpaHalaman) {
    Matcher m = VARIABEL.matcher(pola);
    String uri = m.replaceAll(Matcher.quoteReplacement(encode(nilai)));
    MockHttpServletRequestBuilder r =
        get ? MockMvcRequestBuilders.get(uri) : MockMvcRequestBuilders.post(uri).with(csrf());
    for (String nama : parameter) {
      r.param(nama, nilai);
    }
    return jalankan(r, p, tanpaHalaman);
  }

  private String jalankan(
      AbstractMockHttpServletRequestBuilder<?> r, RequestPostProcessor p, boolean tanpa2xx) {
    try {
      int status = mvc.perform(r.with(p)).getResponse().getStatus();
      boolean salah = status >= 500 || (tanpa2xx && status < 300);
      return salah ? String.valueOf(status) : null;
    } catch (IllegalStateException e) {
      // MockMvc rethrows what no handler resolved; a running server answers it with a 500
      Throwable akar = e;
      while (akar.getCause() != null) {
        akar = akar.getCause();
      }
      return akar.getClass().getSimpleName() + ": " + akar.getMessage();
    }
  }

  /** The same caller reading in English: the answers' messages come from the other bundle. */
  private static RequestPostProcessor dalamBahasaInggris(RequestPostProcessor p) {
    return r -> {
      r.addHeader("Accept-Language", "en");
      r.addParameter("lang", "en");
      return p.postProcessRequest(r);
    };
  }

  private static String encode(String nilai) {
    return URLEncoder.encode(nilai, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The names of the handler's query parameters and of the fields of its filter objects. */
  private static Set<String> parameter(HandlerMethod handler) {
    Set<String> nama = new LinkedHashSet<>();
    for (MethodParameter mp : handler.getMethodParameters()) {
      RequestParam rp = mp.getParameterAnnotation(RequestParam.class);
      if (rp != null) {
        String n = !rp.name().isEmpty() ? rp.name() : rp.value();
        if (!n.isEmpty() && !Map.class.isAssignableFrom(mp.getParameterType())) {
          nama.add(n);
        } else if (n.isEmpty() && mp.getParameterName() != null) {
          nama.add(mp.getParameterName());
        }
      } else if (mp.hasParameterAnnotation(ModelAttribute.class) || objekSaringan(mp)) {
        nama.addAll(bidang(mp.getParameterType()));
      }
    }
    return nama;
  }

  /** A parameter Spring binds from the query string without an annotation: a form or a filter. */
  private static boolean objekSaringan(MethodParameter mp) {
    Class<?> t = mp.getParameterType();
    return !BeanUtils.isSimpleProperty(t)
        && t.getPackageName().startsWith("id.gerai")
        && !t.getSimpleName().equals("Cakupan");
  }

  private static List<String> bidang(Class<?> t) {
    List<String> nama = new ArrayList<>();
    if (t.isRecord()) {
      for (RecordComponent rc : t.getRecordComponents()) {
        nama.add(rc.getName());
      }
      return nama;
    }
    try {
      for (PropertyDescriptor pd :
          Introspector.getBeanInfo(t, Object.class).getPropertyDescriptors()) {
        if (pd.getWriteMethod() != null) {
          nama.add(pd.getName());
        }
      }
    } catch (java.beans.IntrospectionException e) {
      throw new IllegalStateException(e);
    }
    return nama;
  }
}
