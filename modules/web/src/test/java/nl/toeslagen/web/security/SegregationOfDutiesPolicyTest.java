package nl.toeslagen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

class SegregationOfDutiesPolicyTest {

  private final SegregationOfDutiesPolicy policy = new SegregationOfDutiesPolicy();

  @Test
  void inspectieCombinedWithAnyOtherRoleIsRefused() {
    for (Role other : Role.values()) {
      if (other == Role.INSPECTIE) {
        continue;
      }
      PolicyDecision d = policy.evaluate(EnumSet.of(Role.INSPECTIE, other));
      assertThat(d.refused()).as(other.name()).isTrue();
      assertThat(d.policy()).isEqualTo("SegregationOfDutiesPolicy");
      assertThat(d.reasonEn()).contains("INSPECTIE");
    }
    assertThat(policy.evaluate(Set.of(Role.INSPECTIE)).allowed()).isTrue();
  }

  @Test
  void beheerCombinedWithACaseRoleIsRefused() {
    for (Role caseRole : SegregationOfDutiesPolicy.CASE_ROLES) {
      PolicyDecision d = policy.evaluate(EnumSet.of(Role.BEHEER, caseRole));
      assertThat(d.refused()).as(caseRole.name()).isTrue();
      assertThat(d.reasonNl()).contains(caseRole.name());
    }
    assertThat(policy.evaluate(Set.of(Role.BEHEER)).allowed()).isTrue();
  }

  @Test
  void caseRolesMayBeCombinedWithEachOther() {
    assertThat(policy.evaluate(EnumSet.of(Role.BEHANDELAAR, Role.VAKTECHNIEK)).allowed()).isTrue();
    assertThat(policy.evaluate(EnumSet.of(Role.TEAMLEIDER, Role.BEHANDELAAR)).allowed()).isTrue();
    assertThat(SegregationOfDutiesPolicy.CASE_ROLES)
        .containsExactlyInAnyOrder(
            Role.BEHANDELAAR, Role.VAKTECHNIEK, Role.TOEZICHT, Role.TEAMLEIDER, Role.PRIVACY);
  }
}
