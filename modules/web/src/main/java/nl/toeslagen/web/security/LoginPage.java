package nl.toeslagen.web.security;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.toeslagen.web.web.SecurityHeaders;

/**
 * The login page ({@code login.html}) answered with what went wrong, in plain Dutch, for every
 * login form post that does not log in: a wrong user name or password (401), an empty field (400),
 * a locked account (429), a form from another site (403) and a failure on our side (500). The page
 * is the same file as always, with an error summary in the NL Design System form-error pattern at
 * the top of the form ({@link #SUMMARY_MARK}): a heading and one item per error, a link to the
 * field where the error is about a field. {@code login.js} moves the focus to the summary and shows
 * each field's message at the field. The user name typed is filled in again; the password never.
 */
public final class LoginPage {

  /** The element of {@code login.html} the summary replaces. */
  static final String SUMMARY_MARK = "<div id=\"foutoverzicht\"></div>";

  static final String USER_FIELD = "username";
  static final String PASSWORD_FIELD = "password";

  static final String WRONG = "De gebruikersnaam of het wachtwoord is onjuist.";
  static final String NO_USER = "Vul uw gebruikersnaam in.";
  static final String NO_PASSWORD = "Vul uw wachtwoord in.";
  static final String CROSS_SITE =
      "Dit inlogverzoek is geweigerd: het kwam niet van de inlogpagina van deze applicatie. Log"
          + " hieronder opnieuw in.";

  private static volatile String template;

  private LoginPage() {}

  /** One error: its message and the field it is about (null: about no field). */
  record Error(String message, String field) {}

  /** A wrong user name or password: the form again, 401. */
  static void wrongCredentials(ServletContext context, HttpServletResponse response, String user)
      throws IOException {
    send(context, response, 401, List.of(new Error(WRONG, USER_FIELD)), user);
  }

  /** A field left empty: the form again, 400. */
  static void emptyFields(
      ServletContext context, HttpServletResponse response, String user, boolean noPassword)
      throws IOException {
    List<Error> errors =
        user == null || user.isBlank()
            ? noPassword
                ? List.of(new Error(NO_USER, USER_FIELD), new Error(NO_PASSWORD, PASSWORD_FIELD))
                : List.of(new Error(NO_USER, USER_FIELD))
            : List.of(new Error(NO_PASSWORD, PASSWORD_FIELD));
    send(context, response, 400, errors, user);
  }

  /** The account is locked after failed logins: 429 with how long to wait. */
  static void locked(
      ServletContext context, HttpServletResponse response, String user, long seconds)
      throws IOException {
    send(
        context,
        response,
        429,
        List.of(
            new Error(
                "Te veel mislukte inlogpogingen voor deze gebruiker. Probeer het over "
                    + seconds
                    + " seconden opnieuw.",
                null)),
        user);
  }

  /** The form came from another site: 403. */
  static void crossSite(ServletContext context, HttpServletResponse response) throws IOException {
    send(context, response, 403, List.of(new Error(CROSS_SITE, null)), null);
  }

  /** Logging in failed on our side: 500, with the reference of the logged failure. */
  static void failure(
      ServletContext context, HttpServletResponse response, String user, String reference)
      throws IOException {
    send(
        context,
        response,
        500,
        List.of(
            new Error(
                "Inloggen lukt nu niet door een storing aan onze kant. Probeer het over een paar"
                    + " minuten opnieuw. Blijft het misgaan? Meld dan referentie "
                    + reference
                    + ".",
                null)),
        user);
  }

  private static void send(
      ServletContext context,
      HttpServletResponse response,
      int status,
      List<Error> errors,
      String user)
      throws IOException {
    String html = render(template(context), errors, user);
    SecurityHeaders.apply(response);
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(html);
    response.flushBuffer();
  }

  /**
   * The login page with the error summary, the title starting with "Fout:", the user name filled in
   * and no autofocus on the first field (the summary takes the focus).
   */
  static String render(String page, List<Error> errors, String user) {
    StringBuilder summary =
        new StringBuilder(
            "<div id=\"foutoverzicht\" class=\"melding fout foutoverzicht\" tabindex=\"-1\""
                + " aria-labelledby=\"foutoverzicht-titel\"><h2 id=\"foutoverzicht-titel\">"
                + "Inloggen is niet gelukt</h2><ul>");
    for (Error e : errors) {
      summary.append("<li>");
      if (e.field() != null) {
        summary
            .append("<a href=\"#")
            .append(e.field())
            .append("\" data-veld=\"")
            .append(e.field())
            .append("\">")
            .append(escape(e.message()))
            .append("</a>");
      } else {
        summary.append(escape(e.message()));
      }
      summary.append("</li>");
    }
    summary.append("</ul></div>");
    String html = page.replace(SUMMARY_MARK, summary.toString());
    if (html.equals(page)) {
      throw new IllegalStateException("login.html has no " + SUMMARY_MARK);
    }
    html = html.replace("<title>", "<title>Fout: ").replace(" autofocus", "");
    if (user != null && !user.isBlank()) {
      String shown = user.length() > 64 ? user.substring(0, 64) : user;
      html =
          html.replace(
              "name=\"" + USER_FIELD + "\"",
              "name=\"" + USER_FIELD + "\" value=\"" + escape(shown.strip()) + "\"");
    }
    return html;
  }

  /** Text for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c >= ' ' || c == '\t') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  private static String template(ServletContext context) throws IOException {
    String page = template;
    if (page == null) {
      try (InputStream in = context.getResourceAsStream("/login.html")) {
        if (in == null) {
          throw new IOException("login.html not found");
        }
        page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      template = page;
    }
    return page;
  }
}
