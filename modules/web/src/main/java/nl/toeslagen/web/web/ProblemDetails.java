package nl.toeslagen.web.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The body of an RFC 9457 problem with the message in Dutch and English, for every layer that
 * answers one: the JAX-RS mappers ({@code rest.Problems}) and the login mechanism, which answers
 * before JAX-RS is reached.
 */
public final class ProblemDetails {

  public static final String MEDIA_TYPE = "application/problem+json";

  private ProblemDetails() {}

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
}
