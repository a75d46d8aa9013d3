package nl.toeslagen.web.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.toeslagen.audit.api.AuditCorrelation;

/**
 * Sets the audit correlation id for the whole of each request (pages, API, login, logout) and
 * clears it afterwards, so that no entry carries the id of an earlier request on the same thread.
 * The id is also returned to the caller in {@code X-Correlation-Id}.
 */
@WebFilter(filterName = "CorrelationFilter", urlPatterns = "/*", asyncSupported = true)
public class CorrelationFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestCorrelation.of(request);
    AuditCorrelation.set(id);
    response.setHeader(RequestCorrelation.HEADER, id);
    try {
      chain.doFilter(request, response);
    } finally {
      AuditCorrelation.clear();
    }
  }
}
