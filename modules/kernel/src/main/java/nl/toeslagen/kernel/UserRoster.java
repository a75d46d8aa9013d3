package nl.toeslagen.kernel;

import java.util.List;

/**
 * Read-only view of the user directory for the contexts: who is active with which roles, e.g. to
 * tell who may approve a determination. The web module implements it over its user accounts.
 */
public interface UserRoster {

  /** The enabled users that hold {@code role}, each with all their roles, by user name. */
  List<Actor> activeUsersWith(Role role);
}
