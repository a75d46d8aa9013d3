package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.toeslagen.kernel.PolicyEntry;
import nl.toeslagen.kernel.PolicySet;
import nl.toeslagen.kernel.RoleNames;

/**
 * The policy catalogue: every named rule the system enforces, read from the {@code @PolicyRule}
 * annotations of the policy classes every module lists in its {@link PolicySet}. For the
 * inspectorate, the legal specialists and the privacy adviser, read-only. It describes rules, not
 * citizens or cases, so reading it is not audited (as {@code GET /api/me} is not).
 */
@Path("policies")
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

  /** The catalogue: every policy, sorted by context, then name. */
  public record PolicyCatalogue(List<PolicyEntry> policies) {}

  @Inject @Any Instance<PolicySet> sets;

  @GET
  @RolesAllowed({RoleNames.INSPECTIE, RoleNames.VAKTECHNIEK, RoleNames.PRIVACY})
  public PolicyCatalogue catalogue() {
    return new PolicyCatalogue(entries(sets));
  }

  /** The entries of all sets, sorted by context, then name. */
  static List<PolicyEntry> entries(Iterable<? extends PolicySet> sets) {
    List<PolicyEntry> all = new ArrayList<>();
    for (PolicySet set : sets) {
      all.addAll(set.entries());
    }
    all.sort(Comparator.comparing(PolicyEntry::context).thenComparing(PolicyEntry::name));
    return List.copyOf(all);
  }
}
