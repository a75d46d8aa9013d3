package nl.toeslagen.web.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answer to every HTTP error the container itself gives (the {@code <error-page>}s of {@code
 * web.xml}: a page or file that does not exist, a refused logout, a method not allowed, an
 * exception no one caught): outside {@code /api} a Dutch page in the look of the login page ({@code
 * WEB-INF/fout/<status>.html}, or {@code fout.html} for a status without a page of its own), under
 * {@code /api} problem+json as every API error is. The status stays the error's. The API's own
 * errors never come here: its exception mappers answer problem+json themselves; this is the safety
 * net for what reaches the container.
 */
@WebServlet(name = "ErrorPageServlet", urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

  /** The location of every error page in {@code web.xml}. */
  public static final String PATH = "/fout";

  /** The statuses with a page of their own; any other error gets {@code fout.html}. */
  static final Set<Integer> PAGES = Set.of(400, 401, 403, 404, 500, 503);

  /** Where the 500 page names the reference of the logged failure. */
  static final String REFERENCE_MARK = "<!--referentie-->";

  private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

  private final Map<String, String> pages = new ConcurrentHashMap<>();

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    // called directly (not as an error page): there is nothing here
    int status = code instanceof Integer i && i >= 400 && i <= 599 ? i : 404;
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path =
        uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    String reference = null;
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
      reference = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure at " + path + ", reference " + reference, failure);
    }
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    SecurityHeaders.apply(response);
    response.setStatus(status);
    response.setCharacterEncoding("UTF-8");
    if (path.equals("/api") || path.startsWith("/api/")) {
      response.setContentType(ProblemDetails.MEDIA_TYPE);
      response.getWriter().write(problem(status, reference));
    } else {
      response.setContentType("text/html");
      response.getWriter().write(page(request.getServletContext(), status, reference));
    }
  }

  /** The Dutch page of the status, with the failure's reference on the 500 page. */
  String page(ServletContext context, int status, String reference) throws IOException {
    String name = PAGES.contains(status) ? Integer.toString(status) : "fout";
    String html = pages.get(name);
    if (html == null) {
      try (InputStream in = context.getResourceAsStream("/WEB-INF/fout/" + name + ".html")) {
        if (in == null) {
          throw new IOException("error page missing: WEB-INF/fout/" + name + ".html");
        }
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      pages.put(name, html);
    }
    return html.replace(
        REFERENCE_MARK,
        reference == null ? "" : "referentie <strong>" + reference + "</strong> en ");
  }

  /** The problem+json of an error under {@code /api} that no exception mapper answered. */
  static String problem(int status, String reference) {
    String title = reason(status);
    String nl;
    String en;
    switch (status) {
      case 401 -> {
        nl = "U bent niet ingelogd. Log in om verder te gaan.";
        en = "You are not logged in. Log in to continue.";
      }
      case 403 -> {
        nl = "U hebt geen toegang tot deze handeling.";
        en = "You may not do this.";
      }
      case 404 -> {
        nl = "Deze pagina of dit adres bestaat niet.";
        en = "This resource does not exist.";
      }
      case 405 -> {
        nl = "Deze handeling is hier niet mogelijk.";
        en = "This method is not allowed here.";
      }
      default -> {
        if (status >= 500) {
          nl =
              "Er ging iets mis aan onze kant. Er is niets gewijzigd."
                  + (reference == null ? "" : " Meld referentie " + reference + ".");
          en =
              "Something went wrong on our side. Nothing was changed."
                  + (reference == null ? "" : " Report reference " + reference + ".");
        } else {
          nl = "Het verzoek kon niet worden verwerkt.";
          en = "The request could not be processed.";
        }
      }
    }
    return ProblemDetails.json(status, title, nl, en, null, null).toString();
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 429 -> "Too Many Requests";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> status >= 500 ? "Internal Server Error" : "Error";
    };
  }
}
