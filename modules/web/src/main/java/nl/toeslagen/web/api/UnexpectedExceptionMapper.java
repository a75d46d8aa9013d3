package nl.toeslagen.web.api;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.toeslagen.kernel.DomainException;

/**
 * Everything else as problem+json: malformed JSON 400, unknown path 404, wrong method 405, wrong
 * media type 415, and an unexpected failure 500 with a reference to the server log (never a stack
 * trace).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @jakarta.ws.rs.core.Context Providers providers;

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof DomainException d) {
        return providers.getExceptionMapper(DomainException.class).toResponse(d);
      }
      if (c instanceof JsonbException || c instanceof JsonException) {
        return malformed();
      }
    }
    if (e instanceof ProcessingException) {
      return malformed();
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
    if (e instanceof NotSupportedException) {
      return Problems.response(
          415,
          "Unsupported Media Type",
          "Stuur de gegevens als JSON (Content-Type: application/json).",
          "Send the data as JSON (Content-Type: application/json).",
          null,
          null);
    }
    if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
      int status = w.getResponse().getStatus();
      return Problems.response(
          status,
          w.getResponse().getStatusInfo().getReasonPhrase(),
          "Het verzoek kon niet worden verwerkt.",
          "The request could not be processed: " + w.getMessage(),
          null,
          null);
    }
    return internalError(e);
  }

  static Response internalError(Throwable e) {
    String reference = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
    return Problems.response(
        500,
        "Internal Server Error",
        "Er ging iets mis aan onze kant. Er is niets gewijzigd. Meld referentie " + reference + ".",
        "Something went wrong on our side. Nothing was changed. Report reference "
            + reference
            + ".",
        null,
        null);
  }

  private static Response malformed() {
    return Problems.response(
        400,
        "Bad Request",
        "De gegevens zijn geen geldige JSON of hebben niet de verwachte vorm.",
        "The body is not valid JSON or does not have the expected shape.",
        null,
        null);
  }
}
