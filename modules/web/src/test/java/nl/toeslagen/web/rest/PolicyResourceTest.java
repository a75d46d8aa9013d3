package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.toeslagen.kernel.PolicyEntry;
import nl.toeslagen.kernel.PolicySet;
import nl.toeslagen.web.security.WebPolicies;
import nl.toeslagen.workflow.policy.WorkflowPolicies;
import org.junit.jupiter.api.Test;

class PolicyResourceTest {

  @Test
  void theCatalogueListsEveryEntryOfEverySetSortedByContextThenName() {
    List<PolicySet> sets = List.of(new WorkflowPolicies(), new WebPolicies());

    List<PolicyEntry> entries = PolicyResource.entries(sets);

    assertThat(entries)
        .extracting(e -> e.context() + "/" + e.name())
        .containsExactly(
            "web/AuditTrailAccessPolicy",
            "web/AuditTrailScopePolicy",
            "web/LoginThrottlePolicy",
            "web/RoleAuthorisationPolicy",
            "web/SegregationOfDutiesPolicy",
            "web/TaskListScopePolicy",
            "workflow/TaskCandidatePolicy",
            "workflow/TaskOwnershipPolicy");
    assertThat(entries).allSatisfy(e -> assertThat(e.legalBasis()).isNotBlank());
    assertThat(entries).allSatisfy(e -> assertThat(e.appliesTo()).isNotEmpty());
  }
}
