package nl.toeslagen.web.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.workflow.api.TaskView;
import org.junit.jupiter.api.Test;

class AssignmentNoticesTest {

  private static TaskView task(String processKey, Map<String, Object> variables) {
    return new TaskView(
        "t1",
        "Beslissing op bezwaar opstellen",
        "DraftDecisionTask",
        processKey,
        "case-1",
        null,
        List.of("BEHANDELAAR"),
        null,
        null,
        variables);
  }

  @Test
  void theAssigneeIsToldWhoAssignedWhichTaskOnWhichCaseAndWhy() {
    Notice n =
        AssignmentNotices.of(
                task(
                    "ObjectionHandling",
                    Map.of("caseLabel", "BZ-2026-000001 · Bezwaar huurtoeslag")),
                "behandelaar2",
                "teamleider1",
                "werkverdeling week 48")
            .orElseThrow();

    assertThat(n.recipientUser()).isEqualTo("behandelaar2");
    assertThat(n.kind()).isEqualTo(NoticeKind.TASK_ASSIGNED);
    assertThat(n.workflow()).isEqualTo(Notice.OBJECTIONS);
    assertThat(n.caseId()).isEqualTo("case-1");
    assertThat(n.caseLabel()).isEqualTo("BZ-2026-000001 · Bezwaar huurtoeslag");
    assertThat(n.sender()).isEqualTo("teamleider1");
    assertThat(n.textNl())
        .isEqualTo(
            "teamleider1 heeft de taak 'Beslissing op bezwaar opstellen' aan u toegewezen."
                + " Reden: werkverdeling week 48");
    assertThat(CaseLinks.href(n.workflow(), n.caseId())).isEqualTo("#/bezwaren/case-1");
  }

  @Test
  void aManagerWhoTakesATaskThemselvesIsNotNotifiedAndASignalLinksToItsPage() {
    assertThat(AssignmentNotices.of(task("ObjectionHandling", Map.of()), "t", "t", "zelf"))
        .isEmpty();
    Notice fraud =
        AssignmentNotices.of(task("FraudReview", Map.of()), "toezicht2", "teamleider1", "x")
            .orElseThrow();
    assertThat(fraud.workflow()).isEqualTo(Notice.FRAUD_REVIEW);
    assertThat(fraud.caseLabel()).as("no label known: the case id").isEqualTo("case-1");
    assertThat(CaseLinks.href(fraud.workflow(), "s1")).isEqualTo("#/signalen/s1");
    assertThat(CaseLinks.href("elders", "s1")).isNull();
  }
}
