package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

class AuditTrailAccessTest {

  private final AuditedObjectRegistry registry =
      AuditedObjectRegistry.of(
          List.of(
              new AuditedObjectType(
                  "OBJECTION",
                  "objections",
                  "id",
                  Set.of(Role.BEHANDELAAR, Role.VAKTECHNIEK, Role.TEAMLEIDER, Role.INSPECTIE)),
              new AuditedObjectType(
                  "SIGNAL", "signals", "id", Set.of(Role.TOEZICHT, Role.VAKTECHNIEK)),
              new AuditedObjectType(
                  "CITIZEN",
                  null,
                  null,
                  Set.of(Role.TOEZICHT, Role.VAKTECHNIEK, Role.PRIVACY, Role.INSPECTIE))));

  private boolean may(Role role, String type, String id) {
    return AuditResource.access(registry, Actor.of("u", role), type, id).allowed();
  }

  @Test
  void anObjectionHandlerReadsObjectionTimelinesButNotSignalsOrCitizens() {
    assertThat(may(Role.BEHANDELAAR, "OBJECTION", "BZ-1")).isTrue();
    assertThat(may(Role.BEHANDELAAR, "SIGNAL", "S-1")).isFalse();
    assertThat(may(Role.BEHANDELAAR, "CITIZEN", "*****6782")).isFalse();
  }

  @Test
  void supervisionReadsSignalsAndCitizensButNotObjections() {
    assertThat(may(Role.TOEZICHT, "SIGNAL", "S-1")).isTrue();
    assertThat(may(Role.TOEZICHT, "CITIZEN", "*****6782")).isTrue();
    assertThat(may(Role.TOEZICHT, "OBJECTION", "BZ-1")).isFalse();
  }

  @Test
  void citizenEntriesAreForSupervisionSpecialistsPrivacyAndTheInspectorateOnly() {
    for (Role role : Role.values()) {
      boolean expected =
          Set.of(Role.TOEZICHT, Role.VAKTECHNIEK, Role.PRIVACY, Role.INSPECTIE).contains(role);
      assertThat(may(role, "CITIZEN", "*****6782")).as(role.name()).isEqualTo(expected);
    }
  }

  @Test
  void theWholeTrailStaysWithTheInspectorateAdministratorsManagersAndPrivacy() {
    assertThat(may(Role.INSPECTIE, null, null)).isTrue();
    assertThat(may(Role.BEHEER, null, null)).isTrue();
    assertThat(may(Role.TEAMLEIDER, null, null)).isTrue();
    assertThat(may(Role.PRIVACY, null, null)).isTrue();
    assertThat(may(Role.BEHANDELAAR, null, null)).isFalse();
    assertThat(may(Role.BEHANDELAAR, "OBJECTION", null)).isFalse();
  }

  @Test
  void theInspectorateReadsEveryTimeline() {
    assertThat(may(Role.INSPECTIE, "SIGNAL", "S-1")).isTrue();
    assertThat(may(Role.INSPECTIE, "OBJECTION", "BZ-1")).isTrue();
  }

  @Test
  void anUndeclaredObjectTypeIsForTheWholeTrailRolesOnly() {
    assertThat(may(Role.BEHEER, "DOCUMENT", "d-1")).isTrue();
    assertThat(may(Role.BEHANDELAAR, "DOCUMENT", "d-1")).isFalse();
  }
}
