package nl.toeslagen.web.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import nl.toeslagen.kernel.RoleNames;

/**
 * The health endpoints (served by Payara Micro inside this application) tell anonymous callers and
 * every role but BEHEER only {@code {"status":"UP"}} or {@code {"status":"DOWN"}} with the same
 * status code: the checks' names and data (database product, error messages) are for
 * administrators.
 */
@WebFilter(
    filterName = "HealthSummaryFilter",
    urlPatterns = {"/health", "/health/*"})
public class HealthSummaryFilter extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.isUserInRole(RoleNames.BEHEER)) {
      chain.doFilter(request, response);
      return;
    }
    Buffered buffered = new Buffered(response);
    chain.doFilter(request, buffered);
    byte[] body = summary(buffered.bytes());
    response.setContentType("application/json");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /** {"status": ...} of a health answer; DOWN when it cannot be read. */
  static byte[] summary(byte[] healthAnswer) {
    String status = "DOWN";
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(healthAnswer))) {
      JsonObject json = reader.readObject();
      status = "UP".equals(json.getString("status", "DOWN")) ? "UP" : "DOWN";
    } catch (RuntimeException e) {
      // not JSON: say DOWN, nothing else
    }
    return Json.createObjectBuilder()
        .add("status", status)
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Keeps the status and headers, holds the body back. */
  private static final class Buffered extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;

    Buffered(HttpServletResponse response) {
      super(response);
    }

    byte[] bytes() {
      if (writer != null) {
        writer.flush();
      }
      return bytes.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
      return new ServletOutputStream() {
        @Override
        public void write(int b) {
          bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          bytes.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new UnsupportedOperationException("blocking only");
        }
      };
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
      }
      return writer;
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void setHeader(String name, String value) {
      if (!"Content-Length".equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void flushBuffer() {}
  }
}
