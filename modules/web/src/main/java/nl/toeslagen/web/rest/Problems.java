package nl.toeslagen.web.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

/**
 * RFC 9457 problem details with the message in Dutch and English: {@code detail} (English, the
 * standard member), {@code detailNl} and {@code detailEn}, and, where known, the {@code field} that
 * was wrong or the {@code policy} that refused.
 */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  public static JsonObject json(
      int status, String title, String nl, String en, String field, String policy) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title)
            .add("status", status)
            .add("detail", en)
            .add("detailNl", nl)
            .add("detailEn", en);
    if (field != null) {
      body.add("field", field);
    }
    if (policy != null) {
      body.add("policy", policy);
    }
    return body.build();
  }

  public static Response response(
      int status, String title, String nl, String en, String field, String policy) {
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(json(status, title, nl, en, field, policy).toString())
        .build();
  }
}
