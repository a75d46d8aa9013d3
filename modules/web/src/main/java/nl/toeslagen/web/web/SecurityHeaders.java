package nl.toeslagen.web.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every page and API answer. The policy allows scripts and styles from the
 * application itself only (no inline script, no {@code on...} attributes); inline style attributes
 * stay allowed. Nothing is cached: pages and answers show citizen data.
 */
public final class SecurityHeaders {

  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action"
          + " 'self'";

  private SecurityHeaders() {}

  public static void apply(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
  }
}
