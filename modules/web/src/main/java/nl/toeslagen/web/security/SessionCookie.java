package nl.toeslagen.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives the session cookie its attributes: HttpOnly, SameSite=Strict, and Secure when the request
 * came over HTTPS. Payara Micro writes the cookie without SameSite (web.xml's cookie attribute is
 * not applied), so the header it wrote when the session was created is completed here.
 */
final class SessionCookie {

  private SessionCookie() {}

  static void harden(HttpServletRequest request, HttpServletResponse response) {
    String name = request.getServletContext().getSessionCookieConfig().getName();
    String prefix = (name == null ? "JSESSIONID" : name) + "=";
    List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
    if (cookies.isEmpty()) {
      return;
    }
    boolean first = true;
    for (String cookie : cookies) {
      String value = cookie.startsWith(prefix) ? harden(cookie, request.isSecure()) : cookie;
      if (first) {
        response.setHeader("Set-Cookie", value);
        first = false;
      } else {
        response.addHeader("Set-Cookie", value);
      }
    }
  }

  static String harden(String cookie, boolean secure) {
    String lower = cookie.toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(cookie);
    if (!lower.contains("httponly")) {
      b.append("; HttpOnly");
    }
    if (!lower.contains("samesite")) {
      b.append("; SameSite=Strict");
    }
    if (secure && !lower.contains("secure")) {
      b.append("; Secure");
    }
    return b.toString();
  }
}
