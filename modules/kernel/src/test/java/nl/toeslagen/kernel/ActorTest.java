package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

  @Test
  void hasOnlyItsOwnRoles() {
    Actor actor = Actor.of("jjansen", Role.BEHANDELAAR, Role.VAKTECHNIEK);
    assertThat(actor.has(Role.BEHANDELAAR)).isTrue();
    assertThat(actor.has(Role.TEAMLEIDER)).isFalse();
    assertThat(actor.hasAny(Role.TEAMLEIDER, Role.VAKTECHNIEK)).isTrue();
    assertThat(actor.rolesText()).isEqualTo("BEHANDELAAR,VAKTECHNIEK");
  }

  @Test
  void rolesCannotBeChangedAfterwards() {
    Set<Role> roles = new HashSet<>(Set.of(Role.BEHANDELAAR));
    Actor actor = new Actor("jjansen", roles);
    roles.add(Role.BEHEER);
    assertThat(actor.has(Role.BEHEER)).isFalse();
    assertThatThrownBy(() -> actor.roles().add(Role.BEHEER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theSystemActorIsSysteemWithoutRoles() {
    Actor system = Actor.system();
    assertThat(system.userName()).isEqualTo("systeem");
    assertThat(system.roles()).isEmpty();
    assertThat(system.isSystem()).isTrue();
    assertThat(system.rolesText()).isEmpty();
    assertThat(Actor.of("jjansen").isSystem()).isFalse();
  }

  @Test
  void aUserNameIsRequired() {
    assertThatThrownBy(() -> Actor.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyRoleHasARoleNameConstantWithTheSameValue() throws Exception {
    for (Role role : Role.values()) {
      Field field = RoleNames.class.getField(role.name());
      assertThat(field.get(null)).isEqualTo(role.name());
    }
    assertThat(RoleNames.class.getFields()).hasSize(Role.values().length);
  }

  @Test
  void rolesHaveDutchAndEnglishLabels() {
    assertThat(Role.BEHANDELAAR.labelNl()).isEqualTo("Behandelaar");
    assertThat(Role.TEAMLEIDER.labelEn()).isEqualTo("Team leader");
  }
}
