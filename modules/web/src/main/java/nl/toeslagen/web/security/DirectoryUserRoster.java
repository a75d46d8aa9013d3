package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.UserRoster;

/** The {@link UserRoster} over the user accounts: read-only, enabled accounts only. */
@ApplicationScoped
public class DirectoryUserRoster implements UserRoster {

  @Inject UserDirectory users;

  @Override
  public List<Actor> activeUsersWith(Role role) {
    return users.all().stream()
        .filter(UserAccount::enabled)
        .filter(u -> u.roles().contains(role))
        .sorted(Comparator.comparing(UserAccount::userName))
        .map(u -> new Actor(u.userName(), u.roles()))
        .toList();
  }
}
