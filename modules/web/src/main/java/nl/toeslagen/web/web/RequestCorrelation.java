package nl.toeslagen.web.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of one HTTP request: the caller's {@code X-Correlation-Id} when it is a safe
 * token, a fresh UUID otherwise. It is kept as a request attribute, so that the authentication
 * mechanism (which runs before the servlet filters) and the filters use the same id.
 */
public final class RequestCorrelation {

  public static final String HEADER = "X-Correlation-Id";

  static final String ATTRIBUTE = RequestCorrelation.class.getName();

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  private RequestCorrelation() {}

  /** The id of this request, chosen on first use. */
  public static String of(HttpServletRequest request) {
    Object known = request.getAttribute(ATTRIBUTE);
    if (known instanceof String id) {
      return id;
    }
    String header = request.getHeader(HEADER);
    String id =
        header != null && SAFE.matcher(header).matches() ? header : UUID.randomUUID().toString();
    request.setAttribute(ATTRIBUTE, id);
    return id;
  }
}
