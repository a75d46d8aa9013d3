package nl.toeslagen.web.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.toeslagen.kernel.DomainException;

/**
 * Everything else as problem+json: malformed JSON 400 and an unexpected failure 500 with a
 * reference to the server log (never a stack trace). HTTP errors of JAX-RS itself (404, 405, 415,
 * ...) are mapped by the more specific {@link WebApplicationExceptionMapper}.
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
