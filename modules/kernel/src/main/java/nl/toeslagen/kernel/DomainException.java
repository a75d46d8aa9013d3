package nl.toeslagen.kernel;

import java.util.Objects;

/**
 * Base class of the exceptions a user may see. Every domain exception carries a Dutch and an
 * English message; {@link #getMessage()} returns the English one (for logs).
 */
public abstract class DomainException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageNl;
  private final String messageEn;

  protected DomainException(String messageNl, String messageEn) {
    this(messageNl, messageEn, null);
  }

  protected DomainException(String messageNl, String messageEn, Throwable cause) {
    super(Objects.requireNonNull(messageEn, "messageEn"), cause);
    this.messageNl = Objects.requireNonNull(messageNl, "messageNl");
    this.messageEn = messageEn;
  }

  /** The message in Dutch, for the citizen or employee. */
  public String messageNl() {
    return messageNl;
  }

  /** The message in English. */
  public String messageEn() {
    return messageEn;
  }
}
