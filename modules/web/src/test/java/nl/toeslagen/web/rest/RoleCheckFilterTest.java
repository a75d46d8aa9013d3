package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

class RoleCheckFilterTest {

  @Test
  void aUserHoldingInspectieIsReadOnlyWhateverElseTheyHold() {
    assertThat(RoleCheckFilter.readOnly(Actor.of("i", Role.INSPECTIE))).isTrue();
    assertThat(RoleCheckFilter.readOnly(Actor.of("i", Role.INSPECTIE, Role.BEHANDELAAR))).isTrue();
    assertThat(RoleCheckFilter.readOnly(Actor.of("i", Role.INSPECTIE, Role.BEHEER))).isTrue();
  }

  @Test
  void otherRolesMayWriteWhereTheirAnnotationsAllow() {
    assertThat(RoleCheckFilter.readOnly(Actor.of("b", Role.BEHANDELAAR, Role.TEAMLEIDER)))
        .isFalse();
  }
}
