package nl.toeslagen.web.rest;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import nl.toeslagen.kernel.DomainException;

/**
 * A domain exception thrown inside a {@code @Transactional} method can reach JAX-RS wrapped in the
 * container's exception (EJB or JTA); unwrap it so the client sees the real reason.
 */
@Provider
public class TransactionExceptionMapper implements ExceptionMapper<TransactionalException> {

  @jakarta.ws.rs.core.Context Providers providers;

  @Override
  public Response toResponse(TransactionalException e) {
    Throwable cause = e;
    while (cause != null) {
      if (cause instanceof DomainException d) {
        return providers.getExceptionMapper(DomainException.class).toResponse(d);
      }
      cause = cause.getCause();
    }
    return UnexpectedExceptionMapper.internalError(e);
  }
}
