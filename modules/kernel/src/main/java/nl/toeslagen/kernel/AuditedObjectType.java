package nl.toeslagen.kernel;

import java.util.Set;

/**
 * An object type that a context writes to the audit trail, and who may read its timeline: the same
 * roles that may read the object itself.
 *
 * @param type the object type as written in audit entries (e.g. "OBJECTION")
 * @param resourcePath the JAX-RS resource path that addresses such objects (e.g. "objections"), or
 *     null when the object has no resource of its own (e.g. CITIZEN)
 * @param idParameter the path template parameter holding the object's id (e.g. "id"), or null
 * @param readers the roles that may read the object and therefore its audit timeline
 */
public record AuditedObjectType(
    String type, String resourcePath, String idParameter, Set<Role> readers) {

  public AuditedObjectType {
    if (type == null || type.isBlank()) {
      throw new IllegalArgumentException("type must not be blank");
    }
    readers = readers == null ? Set.of() : Set.copyOf(readers);
  }

  /** Whether an actor with these roles may read timelines of this object type. */
  public boolean readableBy(Actor actor) {
    return actor != null && actor.roles().stream().anyMatch(readers::contains);
  }
}
