package nl.toeslagen.kernel;

import java.util.Objects;

/** The requested object does not exist (maps to HTTP 404). */
public class NotFoundException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final String objectType;
  private final String id;

  public NotFoundException(String objectType, String id) {
    super(
        "Er is geen " + objectType + " gevonden met kenmerk " + id + ".",
        "No " + objectType + " found with id " + id + ".");
    this.objectType = Objects.requireNonNull(objectType, "objectType");
    this.id = id;
  }

  /** The kind of object that was looked for, e.g. {@code "Objection"}. */
  public String objectType() {
    return objectType;
  }

  /** The id that was looked for. */
  public String id() {
    return id;
  }
}
