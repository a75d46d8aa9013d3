package nl.toeslagen.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a browser request comes from the application's own pages: {@code Sec-Fetch-Site} (sent by
 * current browsers) must not say cross-site or same-site, and an {@code Origin} header, when
 * present, must be this server's own origin. Clients that send neither (curl, API clients) are not
 * browsers carrying someone else's intent, and pass.
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static boolean holds(HttpServletRequest request) {
    return holds(
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Origin"),
        request.getScheme(),
        request.getHeader("Host"));
  }

  static boolean holds(String fetchSite, String origin, String scheme, String host) {
    if (fetchSite != null) {
      // Fetch metadata decides when the browser sends it: with Referrer-Policy no-referrer a
      // browser sends "Origin: null" even on a form posted from our own page.
      return fetchSite.equalsIgnoreCase("same-origin") || fetchSite.equalsIgnoreCase("none");
    }
    if (origin == null) {
      return true;
    }
    return host != null && origin.equalsIgnoreCase(scheme + "://" + host);
  }
}
