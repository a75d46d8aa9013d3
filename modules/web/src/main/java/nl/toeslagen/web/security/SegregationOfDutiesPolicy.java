package nl.toeslagen.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * Named policy "SegregationOfDutiesPolicy" for user administration: which roles one account may
 * hold together.
 *
 * <ul>
 *   <li>INSPECTIE (the inspectorate reads everything to check the agency) holds no other role: who
 *       inspects the work does not do it.
 *   <li>BEHEER (user administration) holds no case role: who grants the roles does not work the
 *       cases. The case roles are those that read or change a case or a citizen's data:
 *       BEHANDELAAR, VAKTECHNIEK, TOEZICHT, TEAMLEIDER and PRIVACY ({@link #CASE_ROLES}).
 * </ul>
 *
 * An organisational control (segregation of duties, ISO/IEC 27002:2022 control 5.3, on which the
 * government baseline BIO builds); no article of law prescribes it, so the decision carries no
 * legal basis.
 */
@PolicyRule(
    name = "SegregationOfDutiesPolicy",
    guardsNl =
        "Functiescheiding bij het toekennen van rollen: INSPECTIE gaat met geen andere rol samen,"
            + " BEHEER met geen zaakrol.",
    guardsEn =
        "Segregation of duties when roles are granted: INSPECTIE combines with no other role,"
            + " BEHEER with no case role.",
    legalBasis = "Eigen norm (functiescheiding, BIO / ISO/IEC 27002:2022 maatregel 5.3)",
    appliesTo = {"Gebruiker aanmaken", "Rollen wijzigen", "Start van de applicatie (productie)"})
public final class SegregationOfDutiesPolicy {

  public static final String NAME = "SegregationOfDutiesPolicy";

  /** The roles that read or change cases or citizens' data. */
  public static final Set<Role> CASE_ROLES =
      Set.copyOf(
          EnumSet.of(
              Role.BEHANDELAAR, Role.VAKTECHNIEK, Role.TOEZICHT, Role.TEAMLEIDER, Role.PRIVACY));

  /** May one account hold all of {@code roles}? */
  public PolicyDecision evaluate(Collection<Role> roles) {
    Set<Role> held = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    if (held.contains(Role.INSPECTIE) && held.size() > 1) {
      return PolicyDecision.refuse(
          NAME,
          "De rol INSPECTIE kan niet samen met een andere rol worden gegeven (nu: "
              + text(held)
              + "): wie de inspectie doet, werkt niet mee.",
          "The role INSPECTIE cannot be combined with any other role (now: "
              + text(held)
              + "): who inspects does not take part.");
    }
    if (held.contains(Role.BEHEER)) {
      Set<Role> caseRoles = EnumSet.noneOf(Role.class);
      held.stream().filter(CASE_ROLES::contains).forEach(caseRoles::add);
      if (!caseRoles.isEmpty()) {
        return PolicyDecision.refuse(
            NAME,
            "De rol BEHEER kan niet samen met een zaakrol worden gegeven ("
                + text(caseRoles)
                + "): wie rollen toekent, behandelt geen zaken.",
            "The role BEHEER cannot be combined with a case role ("
                + text(caseRoles)
                + "): who grants roles does not work cases.");
      }
    }
    return PolicyDecision.allow(
        NAME,
        "De combinatie van rollen is toegestaan: " + text(held) + ".",
        "The combination of roles is allowed: " + text(held) + ".");
  }

  private static String text(Set<Role> roles) {
    return roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }
}
