package nl.toeslagen.web.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.toeslagen.kernel.AuditedObjectType;

/**
 * Under which object a refused request is filed in the audit trail: the object the request
 * addresses when its resource declares an audited object type and the path names an id (e.g. {@code
 * /api/objections/{id}/review} is filed under OBJECTION id), otherwise REQUEST with the path. The
 * path is always kept in the entry's reasons, shortened with a hash when it is long, so that no
 * path can make the refusal itself fail.
 *
 * @param objectType the audited object type, or REQUEST
 * @param objectId the object's id, or the (shortened) path
 * @param pathNote the request path as kept in the reasons
 */
public record RefusalSubject(String objectType, String objectId, String pathNote) {

  public static final String REQUEST = "REQUEST";

  /** Longest object id taken from a path (the audit column holds 100). */
  static final int MAX_ID = 64;

  /** Longest path kept verbatim in the reasons. */
  static final int MAX_PATH = 200;

  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:*-]{1," + MAX_ID + "}");

  /** The subject of a refused request to this resource method and path. */
  public static RefusalSubject of(
      AuditedObjectRegistry registry, ResourceInfo resource, UriInfo uri) {
    String path = uri == null ? "?" : uri.getRequestUri().getRawPath();
    Optional<AuditedObjectType> type = Optional.empty();
    if (registry != null && resource != null && resource.getResourceClass() != null) {
      Path classPath = resource.getResourceClass().getAnnotation(Path.class);
      type = classPath == null ? Optional.empty() : registry.byResourcePath(classPath.value());
    }
    String id =
        type.isPresent() && type.get().idParameter() != null && uri != null
            ? uri.getPathParameters().getFirst(type.get().idParameter())
            : null;
    return of(type.map(AuditedObjectType::type).orElse(null), id, path);
  }

  /** The subject for a known object type and id (either may be null) and the request path. */
  public static RefusalSubject of(String objectType, String objectId, String path) {
    String note = shorten(path == null ? "?" : path, MAX_PATH);
    if (objectType != null && objectId != null && SAFE_ID.matcher(objectId).matches()) {
      return new RefusalSubject(objectType, objectId, note);
    }
    return new RefusalSubject(REQUEST, shorten(path == null ? "?" : path, MAX_ID), note);
  }

  /** The reasons text of the entry: why, and the path. */
  public String reasons(String why) {
    return why + " (path " + pathNote + ")";
  }

  /**
   * The text itself when it has at most {@code max} characters; otherwise its start and a hash of
   * the whole, so that different long paths stay apart.
   */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String hash = sha256(text).substring(0, 16);
    String suffix = "…#" + hash;
    return text.substring(0, max - suffix.length()) + suffix;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
