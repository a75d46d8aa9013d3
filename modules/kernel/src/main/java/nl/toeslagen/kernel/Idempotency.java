package nl.toeslagen.kernel;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A client's {@code Idempotency-Key} for one operation, with the fingerprint of the request it came
 * with: a retry with the same key and the same request gets the first answer and creates nothing
 * new; the same key with another request is refused (409).
 *
 * @param operation the operation id, e.g. {@code ObjectionResource_receive}
 * @param key what the client sent (see {@link #KEY})
 * @param requestHash SHA-256 (hex) of the request as JSON
 */
public record Idempotency(String operation, String key, String requestHash) {

  /** A key: 1 to 100 letters, digits, dashes, underscores, dots or colons (a UUID fits). */
  public static final String KEY = "[A-Za-z0-9._:-]{1,100}";

  /** The HTTP request header. */
  public static final String HEADER = "Idempotency-Key";

  private static final Jsonb JSONB = JsonbBuilder.create();

  public Idempotency {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(requestHash, "requestHash");
  }

  /** The key for this request, or null when the client sent none. */
  public static Idempotency of(String operation, String key, Object request) {
    if (key == null || key.isBlank()) {
      return null;
    }
    return new Idempotency(operation, key, fingerprint(request));
  }

  /** SHA-256 of the request as JSON-B writes it (properties in a fixed, lexicographic order). */
  static String fingerprint(Object request) {
    try {
      byte[] json = JSONB.toJson(request).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
