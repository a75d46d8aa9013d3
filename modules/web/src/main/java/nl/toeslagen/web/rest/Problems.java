package nl.toeslagen.web.rest;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import nl.toeslagen.web.web.ProblemDetails;

/**
 * RFC 9457 problem details with the message in Dutch and English: {@code detail} (English, the
 * standard member), {@code detailNl} and {@code detailEn}, and, where known, the {@code field} that
 * was wrong or the {@code policy} that refused.
 */
public final class Problems {

  public static final String MEDIA_TYPE = ProblemDetails.MEDIA_TYPE;

  private Problems() {}

  public static JsonObject json(
      int status, String title, String nl, String en, String field, String policy) {
    return ProblemDetails.json(status, title, nl, en, field, policy);
  }

  public static Response response(
      int status, String title, String nl, String en, String field, String policy) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(json(status, title, nl, en, field, policy).toString())
        .build();
  }
}
