package nl.toeslagen.web.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The container's HTTP errors as problem+json: a query or path parameter that cannot be converted
 * (e.g. {@code maxDaysLeft=abc}) is a 400 naming the parameter (JAX-RS would answer 404), unknown
 * path 404, wrong method 405, nothing acceptable to produce 406, wrong or missing Content-Type 415,
 * other client errors with their status. A server error goes to the last resort, {@link
 * UnexpectedExceptionMapper}.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    String parameter = parameterName(e);
    if (parameter != null) {
      return Problems.response(
          400,
          "Bad Request",
          "Parameter '" + parameter + "' heeft niet de juiste vorm.",
          "Parameter '" + parameter + "' does not have the right form.",
          parameter,
          null);
    }
    if (e instanceof NotFoundException) {
      return Problems.response(
          404,
          "Not Found",
          "Deze pagina of dit adres bestaat niet.",
          "This resource does not exist.",
          null,
          null);
    }
    if (e instanceof NotAllowedException) {
      return Problems.response(
          405,
          "Method Not Allowed",
          "Deze handeling is hier niet mogelijk.",
          "This method is not allowed here.",
          null,
          null);
    }
    if (e instanceof NotAcceptableException) {
      return Problems.response(
          406,
          "Not Acceptable",
          "Dit adres levert alleen JSON (of PDF voor brieven).",
          "This resource only produces JSON (or PDF for letters).",
          null,
          null);
    }
    if (e instanceof NotSupportedException) {
      return Problems.response(
          415,
          "Unsupported Media Type",
          "Stuur de gegevens als JSON (Content-Type: application/json).",
          "Send the data as JSON (Content-Type: application/json).",
          "Content-Type",
          null);
    }
    int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
    if (status >= 400 && status < 500) {
      return Problems.response(
          status,
          e.getResponse().getStatusInfo().getReasonPhrase(),
          "Het verzoek kon niet worden verwerkt.",
          "The request could not be processed.",
          null,
          null);
    }
    return UnexpectedExceptionMapper.internalError(e);
  }

  /**
   * Jersey's {@code ParamException} (query, path, header, form, cookie parameter that cannot be
   * converted) carries the parameter's name; read by reflection to stay on the JAX-RS API.
   */
  static String parameterName(Throwable e) {
    for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals("org.glassfish.jersey.server.ParamException")) {
        try {
          Object name = c.getMethod("getParameterName").invoke(e);
          return name == null ? null : name.toString();
        } catch (ReflectiveOperationException ex) {
          return null;
        }
      }
    }
    return null;
  }
}
