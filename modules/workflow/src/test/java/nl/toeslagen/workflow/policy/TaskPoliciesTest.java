package nl.toeslagen.workflow.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toeslagen.kernel.PolicyEntry;
import org.junit.jupiter.api.Test;

class TaskPoliciesTest {

  @Test
  void onlyTheAssigneeCompletesATask() {
    assertThat(TaskOwnershipPolicy.mayComplete("a", "a").allowed()).isTrue();
    assertThat(TaskOwnershipPolicy.mayComplete("a", "b").refused()).isTrue();
    assertThat(TaskOwnershipPolicy.mayComplete(null, "b").reasonEn()).contains("Claim it first");
  }

  @Test
  void aTaskSomeoneElseHoldsIsNotClaimedAndOnlyItsAssigneeOrAManagerReleasesIt() {
    assertThat(TaskOwnershipPolicy.mayClaim(null, "b").allowed()).isTrue();
    assertThat(TaskOwnershipPolicy.mayClaim("b", "b").allowed()).isTrue();
    assertThat(TaskOwnershipPolicy.mayClaim("a", "b").reasonNl())
        .contains("al in behandeling bij a");
    assertThat(TaskOwnershipPolicy.mayRelease("a", "b", false).refused()).isTrue();
    assertThat(TaskOwnershipPolicy.mayRelease("a", "b", true).allowed()).isTrue();
    assertThat(TaskOwnershipPolicy.mayRelease("a", "a", false).allowed()).isTrue();
  }

  @Test
  void aTaskIsClaimedOrAssignedOnlyByOrToSomeoneWithOneOfItsRoles() {
    List<String> groups = List.of("VAKTECHNIEK");
    assertThat(TaskCandidatePolicy.mayClaim(List.of("VAKTECHNIEK"), false, groups).allowed())
        .isTrue();
    assertThat(TaskCandidatePolicy.mayClaim(List.of("BEHANDELAAR"), false, groups).refused())
        .isTrue();
    assertThat(TaskCandidatePolicy.mayClaim(List.of("TEAMLEIDER"), true, groups).allowed())
        .isTrue();
    assertThat(TaskCandidatePolicy.mayClaim(List.of("BEHANDELAAR"), false, List.of()).allowed())
        .isTrue();
    assertThat(
            TaskCandidatePolicy.mayBeAssigned("b1", List.of("BEHANDELAAR"), "Toets", groups)
                .reasonNl())
        .isEqualTo("b1 heeft niet de rol voor 'Toets' (VAKTECHNIEK). Er is niets toegewezen.");
    assertThat(
            TaskCandidatePolicy.mayBeAssigned("v1", List.of("VAKTECHNIEK"), "Toets", groups)
                .allowed())
        .isTrue();
  }

  @Test
  void everyDecisionCarriesThePolicysOwnNameAndTheSetListsBoth() {
    assertThat(TaskOwnershipPolicy.mayClaim("a", "b").policy()).isEqualTo("TaskOwnershipPolicy");
    assertThat(TaskCandidatePolicy.mayClaim(List.of(), false, List.of("X")).policy())
        .isEqualTo("TaskCandidatePolicy");
    assertThat(new WorkflowPolicies().entries())
        .extracting(PolicyEntry::name)
        .containsExactly("TaskCandidatePolicy", "TaskOwnershipPolicy");
  }
}
