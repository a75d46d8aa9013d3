package nl.toeslagen.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
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
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A small HTTP client for the ITs: HTTP Basic as one of the demo users, JSON in and out. */
public final class ApiClient {

  /**
   * HTTP/1.1 as browsers speak it over plain http: the JDK client's default h2c upgrade let Payara
   * close upgraded connections under 24 concurrent requests ("EOF reached while reading").
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final URI base;
  private final String authorization;

  private ApiClient(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  public static ApiClient as(URL base, String user) {
    return as(base, user, user);
  }

  public static ApiClient as(URL base, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new ApiClient(URI.create(base.toString()), "Basic " + token);
  }

  public static ApiClient anonymous(URL base) {
    return new ApiClient(URI.create(base.toString()), null);
  }

  /** A response: status, content type, body text; {@link #json()} parses it. */
  public record Reply(
      int status,
      String contentType,
      String body,
      byte[] bytes,
      java.util.Map<String, java.util.List<String>> headers) {

    /** The first value of a response header (case-insensitive), or null. */
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    public JsonObject json() {
      return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(body)).read();
    }

    public boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /**
   * Polls {@code path} (GET) until its JSON answer satisfies {@code condition}, for at most {@code
   * within}; for work the server does after its response, e.g. letters rendered by a job after
   * commit. Fails with the last answer when the time is up.
   */
  public JsonObject awaitJson(String path, Predicate<JsonObject> condition, Duration within) {
    return await(() -> get(path), r -> r.status() == 200 && condition.test(r.json()), within)
        .json();
  }

  /**
   * Calls {@code call} until its result satisfies {@code condition}, for at most {@code within}
   * (every 100 ms). Fails with the last result when the time is up.
   */
  public static <T> T await(Supplier<T> call, Predicate<T> condition, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      T result = call.get();
      if (condition.test(result)) {
        return result;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not as expected within " + within + "; last: " + result);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply post(String path, JsonValue body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** POSTs JSON with an extra request header (e.g. {@code Idempotency-Key}). */
  public Reply post(String path, JsonValue body, String header, String value) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  public Reply postRaw(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  private HttpRequest.Builder request(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(relative))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", "application/json, application/problem+json, */*");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder builder) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          new String(response.body(), StandardCharsets.UTF_8),
          response.body(),
          response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
