package nl.toeslagen.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.MeasurementSwitch;
import nl.toeslagen.kernel.Role;

/** The logged-in user of this request, as the domain sees them. */
@RequestScoped
public class CurrentActor implements ActorProvider {

  @Inject SecurityContext security;

  private Actor actor;

  @Override
  public Actor current() {
    if (actor == null) {
      Principal principal = security.getCallerPrincipal();
      if (principal == null) {
        return null;
      }
      Set<Role> roles = EnumSet.noneOf(Role.class);
      for (Role role : Role.values()) {
        if (security.isCallerInRole(role.name())) {
          roles.add(role);
        }
      }
      actor = new Actor(principal.getName(), roles);
    }
    return actor;
  }

  /**
   * For the measurement of intake through the application service only ({@link
   * MeasurementSwitch#serviceIntakes()}, demo profile): this request context, activated on a
   * measuring thread without an HTTP request, acts as {@code measured}. Refused when no measurement
   * was asked for at start, and once a caller or actor is known.
   */
  public void actAs(Actor measured) {
    if (MeasurementSwitch.serviceIntakes() == 0 || actor != null) {
      throw new IllegalStateException("Acting as another user is for the service measurement only");
    }
    this.actor = measured;
  }
}
