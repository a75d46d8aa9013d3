package nl.toeslagen.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The OpenAPI document of the running application, read as JSON, and its operations. */
final class OpenApiDocument {

  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "patch", "head", "options");

  private OpenApiDocument() {}

  /** One operation: HTTP method (upper case), path template, its JSON and the allowed roles. */
  record Operation(String method, String path, JsonObject json) {

    List<String> roles() {
      return json.getJsonArray("x-roles").getValuesAs(JsonString.class).stream()
          .map(JsonString::getString)
          .toList();
    }

    String id() {
      return json.getString("operationId", method + " " + path);
    }

    List<JsonObject> parameters(String in) {
      if (!json.containsKey("parameters")) {
        return List.of();
      }
      return json.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
          .filter(p -> in.equals(p.getString("in")))
          .toList();
    }

    boolean hasBody() {
      return json.containsKey("requestBody");
    }

    /** The JSON schema of the request body, or null. */
    JsonObject bodySchema() {
      if (!hasBody()) {
        return null;
      }
      JsonObject content = json.getJsonObject("requestBody").getJsonObject("content");
      JsonObject media = content.getJsonObject("application/json");
      if (media == null) {
        media = content.getJsonObject(content.keySet().iterator().next());
      }
      return media.getJsonObject("schema");
    }
  }

  static JsonObject fetch(URL base) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve("openapi"))
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("beheer1:beheer1".getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET /openapi: " + response.statusCode());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static List<Operation> operations(JsonObject doc) {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonValue> path : doc.getJsonObject("paths").entrySet()) {
      JsonObject item = path.getValue().asJsonObject();
      for (String method : METHODS) {
        if (item.containsKey(method)) {
          operations.add(
              new Operation(method.toUpperCase(), path.getKey(), item.getJsonObject(method)));
        }
      }
    }
    return operations;
  }

  /** A schema with its {@code $ref} (to #/components/schemas/...) resolved; null stays null. */
  static JsonObject resolve(JsonObject doc, JsonObject schema) {
    int guard = 0;
    while (schema != null && schema.containsKey("$ref") && guard++ < 20) {
      String ref = schema.getString("$ref");
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      schema = doc.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    return schema;
  }
}
