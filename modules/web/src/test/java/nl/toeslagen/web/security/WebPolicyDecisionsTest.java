package nl.toeslagen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

class WebPolicyDecisionsTest {

  @Test
  void onlyATeamManagerListsAllTasks() {
    assertThat(TaskListScopePolicy.mayListAll(Actor.of("t", Role.TEAMLEIDER)).allowed()).isTrue();
    assertThat(TaskListScopePolicy.mayListAll(Actor.of("b", Role.BEHANDELAAR)).reasonNl())
        .isEqualTo("Alleen een teamleider ziet alle taken.");
  }

  @Test
  void anOperationIsOpenToTheRolesItNamesAndTheInspectorateOnlyReads() {
    Actor inspector = Actor.of("i", Role.INSPECTIE);
    assertThat(RoleAuthorisationPolicy.evaluate(inspector, false, List.of("INSPECTIE")).allowed())
        .isTrue();
    assertThat(RoleAuthorisationPolicy.evaluate(inspector, true, List.of("INSPECTIE")).reasonNl())
        .contains("alleen leesrechten");
    assertThat(
            RoleAuthorisationPolicy.evaluate(
                    Actor.of("b", Role.BEHANDELAAR), false, List.of("BEHEER"))
                .refused())
        .isTrue();
    assertThat(RoleAuthorisationPolicy.evaluate(Actor.of("b", Role.BEHEER), false, null).refused())
        .as("no roles named: closed to everyone")
        .isTrue();
  }

  @Test
  void everyWebPolicyDecidesUnderItsOwnClassName() {
    assertThat(TaskListScopePolicy.mayListAll(Actor.of("b", Role.BEHANDELAAR)).policy())
        .isEqualTo(TaskListScopePolicy.class.getSimpleName());
    assertThat(RoleAuthorisationPolicy.evaluate(Actor.of("b"), false, List.of()).policy())
        .isEqualTo(RoleAuthorisationPolicy.class.getSimpleName());
    assertThat(AuditTrailScopePolicy.evaluate(Actor.of("b", Role.BEHANDELAAR), null, null).policy())
        .isEqualTo(AuditTrailScopePolicy.class.getSimpleName());
    assertThat(new SegregationOfDutiesPolicy().evaluate(List.of(Role.BEHEER)).policy())
        .isEqualTo(SegregationOfDutiesPolicy.class.getSimpleName());
  }
}
