package nl.toeslagen.kernel;

/**
 * Sends notices to people about their cases (see {@link Notice}). The web module implements it; a
 * notice is stored in the caller's transaction, so it exists exactly when the change that caused it
 * was committed (no transaction: refused).
 */
public interface Notifications {

  /** Stores {@code notice} in the current transaction. */
  void send(Notice notice);
}
