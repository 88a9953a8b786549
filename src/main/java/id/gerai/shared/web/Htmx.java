package id.gerai.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An htmx request gets a named fragment of the same template, a normal request the whole page, so
 * one template serves both and paging or filtering never reloads the page.
 */
public final class Htmx {

  private Htmx() {}

  /**
   * An htmx request for a fragment. A history restore (the back button on a page htmx did not
   * cache) asks for the whole page, so it gets the whole page.
   */
  public static boolean isHtmx(HttpServletRequest request) {
    return "true".equals(request.getHeader("HX-Request"))
        && !"true".equals(request.getHeader("HX-History-Restore-Request"));
  }

  public static String view(HttpServletRequest request, String template, String fragment) {
    return isHtmx(request) ? template + " :: " + fragment : template;
  }
}
