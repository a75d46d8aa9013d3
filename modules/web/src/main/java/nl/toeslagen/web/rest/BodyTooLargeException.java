package nl.toeslagen.web.rest;

/**
 * A request body over {@link StrictJsonReader#MAX_BODY_BYTES}: answered 413 by {@link
 * BodyTooLargeMapper}, before anything is bound or written.
 */
public class BodyTooLargeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BodyTooLargeException() {
    super("request body over " + StrictJsonReader.MAX_BODY_BYTES + " bytes");
  }
}
