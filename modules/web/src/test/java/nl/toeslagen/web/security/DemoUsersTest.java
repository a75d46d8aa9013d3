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
}
