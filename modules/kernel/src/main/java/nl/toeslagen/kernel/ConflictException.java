package nl.toeslagen.kernel;

/** The action does not fit the current state or order of work (maps to HTTP 409). */
public class ConflictException extends DomainException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String messageNl, String messageEn) {
    super(messageNl, messageEn);
  }
}
