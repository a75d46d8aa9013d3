package nl.toeslagen.objections.infrastructure.schema;

/**
 * One step of a stored document's schema history: turns a document of version {@link
 * #fromVersion()} into one of version {@code fromVersion() + 1}, marker included. A pure function:
 * no clock, no database, no lookups; what the old document does not know is left out or derived
 * from the document itself, never invented. Generic in the document type, so that it needs no JSON
 * library (see ADR 0016).
 *
 * @param <D> the document type, e.g. {@code jakarta.json.JsonObject}
 */
public interface Upcaster<D> {

  /** The version this step reads; it writes {@code fromVersion() + 1}. */
  int fromVersion();

  /** The same document in the next version; the argument is not changed. */
  D upcast(D document);
}
