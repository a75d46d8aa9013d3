package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.toeslagen.kernel.PolicySet;

/**
 * The web module's policies: access by role, logins, user administration, the audit trail and the
 * task list, for the policy catalogue.
 */
@ApplicationScoped
public class WebPolicies implements PolicySet {

  @Override
  public String context() {
    return "web";
  }

  @Override
  public List<Class<?>> policies() {
    return List.of(
        AuditTrailAccessPolicy.class,
        AuditTrailScopePolicy.class,
        LoginThrottlePolicy.class,
        RoleAuthorisationPolicy.class,
        SegregationOfDutiesPolicy.class,
        TaskListScopePolicy.class);
  }
}
