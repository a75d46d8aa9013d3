package nl.toeslagen.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

class DemoUsersTest {

  @Test
  void theDemoProfileSeedsTwoUsersPerRoleAndOneAdministrator() {
    assertThat(DemoUsers.mayStart("demo", 0)).isTrue();
    assertThat(DemoUsers.USERS).hasSize(13);
    for (Role role : Role.values()) {
      long count = DemoUsers.USERS.values().stream().filter(role::equals).count();
      assertThat(count).as(role.name()).isEqualTo(role == Role.BEHEER ? 1 : 2);
    }
    assertThat(DemoUsers.USERS)
        .containsKeys("behandelaar1", "behandelaar2", "inspectie2", "beheer1");
  }

  @Test
  void productionStartsWithoutDemoUsersAndSeedsNone() {
    assertThat(DemoUsers.mayStart("production", 0)).isFalse();
  }

  @Test
  void productionRefusesToStartWhileDemoUsersExist() {
    assertThatThrownBy(() -> DemoUsers.mayStart("production", 13))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("13 demo users");
  }

  @Test
  void anUnknownProfileIsRefused() {
    assertThatThrownBy(() -> DemoUsers.mayStart("staging", 0))
        .hasMessageContaining("use 'demo' or 'production'");
  }

  private static UserAccount account(String name, Role... roles) {
    return new UserAccount(
        name,
        name,
        "hash",
        java.util.EnumSet.copyOf(java.util.List.of(roles)),
        "team-1",
        false,
        java.time.OffsetDateTime.parse("2026-01-01T00:00Z"));
  }

  @Test
  void productionRefusesToStartWhileAnAccountBreaksSegregationOfDuties() {
    var accounts =
        java.util.List.of(
            account("ok", Role.BEHANDELAAR, Role.VAKTECHNIEK),
            account("inspecteur", Role.INSPECTIE, Role.BEHANDELAAR),
            account("beheerder", Role.BEHEER, Role.TEAMLEIDER));
    assertThatThrownBy(() -> DemoUsers.checkSegregationOfDuties("production", accounts))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SegregationOfDuties")
        .hasMessageContaining("inspecteur")
        .hasMessageContaining("beheerder")
        .hasMessageNotContaining("ok:");
  }

  @Test
  void theDemoProfileOnlyWarnsAboutAccountsThatBreakSegregationOfDuties() {
    var accounts = java.util.List.of(account("inspecteur", Role.INSPECTIE, Role.BEHEER));
    assertThat(DemoUsers.checkSegregationOfDuties("demo", accounts)).hasSize(1);
    assertThat(
            DemoUsers.checkSegregationOfDuties(
                "production", java.util.List.of(account("ok", Role.INSPECTIE))))
        .isEmpty();
  }
}
