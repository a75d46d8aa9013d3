package nl.toeslagen.kernel;

import java.util.Optional;

/**
 * The idempotency keys that created something, per user and operation (table
 * web_idempotent_request): the record of a key is written in the transaction of the change itself,
 * so after a crash either both are there or neither.
 */
public interface IdempotentRequests {

  /**
   * The id of what the first request with this key created, for the current user; empty when the
   * key is new (or its first request has not committed yet).
   *
   * @throws nl.toeslagen.kernel.ConflictException when the key came with another request
   */
  Optional<String> firstResult(Idempotency idempotency);

  /**
   * Records that the key created {@code resultId}, in the current transaction. A second request
   * with the same key that runs at the same time fails here ({@link DuplicateRequestException}) and
   * changes nothing.
   */
  void record(Idempotency idempotency, String resultId);

  /** A request with a key that another request has just used: nothing was changed. */
  final class DuplicateRequestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicateRequestException(Throwable cause) {
      super("a concurrent request used the same idempotency key", cause);
    }
  }
}
