package nl.toeslagen.kernel;

import java.util.Objects;

/** Input that is not acceptable (maps to HTTP 400). {@link #field()} names the offending input. */
public class ValidationException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public ValidationException(String field, String messageNl, String messageEn) {
    super(messageNl, messageEn);
    this.field = Objects.requireNonNull(field, "field");
  }

  /** The name of the invalid field, e.g. {@code "bsn"}. */
  public String field() {
    return field;
  }
}
