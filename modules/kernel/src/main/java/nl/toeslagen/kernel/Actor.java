package nl.toeslagen.kernel;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who performs an action: a logged-in employee with roles, or the system itself.
 *
 * @param userName the user name, never blank
 * @param roles the roles (an unmodifiable copy)
 */
public record Actor(String userName, Set<Role> roles) implements Serializable {

  /** User name of the system actor (timers, scheduled work). */
  public static final String SYSTEM_USER = "systeem";

  public Actor {
    if (userName == null || userName.isBlank()) {
      throw new IllegalArgumentException("userName must not be blank");
    }
    roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public static Actor of(String userName, Role... roles) {
    return new Actor(userName, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)));
  }

  /** The system itself, without roles. */
  public static Actor system() {
    return new Actor(SYSTEM_USER, Set.of());
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean hasAny(Role... candidates) {
    return Arrays.stream(candidates).anyMatch(roles::contains);
  }

  public boolean isSystem() {
    return SYSTEM_USER.equals(userName) && roles.isEmpty();
  }

  /** The role names in declaration order, comma-separated (e.g. for the audit log); "" if none. */
  public String rolesText() {
    return roles.isEmpty()
        ? ""
        : EnumSet.copyOf(roles).stream().map(Role::name).collect(Collectors.joining(","));
  }
}
