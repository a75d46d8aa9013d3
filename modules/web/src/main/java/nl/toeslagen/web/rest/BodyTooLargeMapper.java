package nl.toeslagen.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body over the limit: 413 problem+json. */
@Provider
public class BodyTooLargeMapper implements ExceptionMapper<BodyTooLargeException> {

  @Override
  public Response toResponse(BodyTooLargeException e) {
    int kb = StrictJsonReader.MAX_BODY_BYTES / 1000;
    return Problems.response(
        413,
        "Content Too Large",
        "Het verzoek is te groot (hoogstens " + kb + " kB).",
        "The request is too large (at most " + kb + " kB).",
        "body",
        null);
  }
}
