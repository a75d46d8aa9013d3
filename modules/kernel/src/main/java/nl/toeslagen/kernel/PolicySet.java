package nl.toeslagen.kernel;

import java.util.List;

/**
 * The named policies of one context, for the policy catalogue. Each context provides one (a CDI
 * bean); the web module lists them all at {@code GET /api/policies}.
 */
public interface PolicySet {

  /** The context, e.g. {@code "objections"}. */
  String context();

  /** The policy classes, each annotated with {@link PolicyRule}. */
  List<Class<?>> policies();

  /** The catalogue entries of this set, in the order given. */
  default List<PolicyEntry> entries() {
    return policies().stream().map(type -> PolicyEntry.of(context(), type)).toList();
  }
}
