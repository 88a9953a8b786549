package id.gerai.akun;

import java.net.URI;

/**
 * The Content-Security-Policy: only our own scripts (htmx, Chart.js and Leaflet are served from the
 * application itself), no framing, and images from ourselves plus the configured map tile server,
 * so the map works on an intranet tile server or without tiles at all.
 */
final class KebijakanKonten {

  private KebijakanKonten() {}

  static String untuk(String tileUrl) {
    return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: "
        + asal(tileUrl)
        + "; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors 'none'";
  }

  /**
   * The scheme and host of a tile URL template such as https://{s}.tile.example/{z}/{x}/{y}.png.
   */
  static String asal(String tileUrl) {
    if (tileUrl == null || tileUrl.isBlank()) {
      return "";
    }
    try {
      URI uri = URI.create(tileUrl.replaceAll("\\{[a-z]}", "x"));
      String host = uri.getHost() == null ? "" : uri.getHost();
      return uri.getScheme()
          + "://"
          + host.replaceFirst("^x\\.", "*.")
          + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
