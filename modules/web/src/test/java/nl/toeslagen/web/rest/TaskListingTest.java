package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.web.rest.TaskResource.TaskRow;
import nl.toeslagen.workflow.api.TaskView;
import org.junit.jupiter.api.Test;

/** The task list's rows, counts, order and pages, without a server. */
class TaskListingTest {

  /** Thursday 24 April 2025: King's Day (Saturday 26 April) falls in the weekend. */
  static final LocalDate TODAY = LocalDate.of(2025, 4, 24);

  static final LegalCalendar CALENDAR = LegalCalendar.standard();

  @Test
  void daysLeftAreWorkingDaysOnTheLegalCalendarAndNegativePastTheDeadline() {
    // Friday 25 April, (weekend), Monday 28 April: two working days
    TaskRow soon = row("t1", Map.of("deadline", "2025-04-28"));
    assertThat(soon.daysLeft()).isEqualTo(2);
    assertThat(soon.overdue()).isFalse();
    // Good Friday 18 April; Easter Monday 21 April is a holiday: Tuesday 22 to Thursday 24 count
    TaskRow late = row("t2", Map.of("deadline", "2025-04-18"));
    assertThat(late.daysLeft()).isEqualTo(-3);
    assertThat(late.overdue()).isTrue();
    TaskRow today = row("t3", Map.of("deadline", TODAY.toString()));
    assertThat(today.daysLeft()).isZero();
    assertThat(today.overdue()).isFalse();
  }

  @Test
  void objectionsGiveTheirDeadlineAsDecisionDueAtAndTheCaseNumberInTheLabel() {
    Date dueAt = Date.from(OffsetDateTime.parse("2025-05-26T21:59:00Z").toInstant());
    TaskRow row =
        row(
            "t1",
            Map.of(
                "decisionDueAt",
                dueAt,
                "caseLabel",
                "BZ-2025-000042 · Bezwaar huurtoeslag TEST-1",
                "citizen",
                "*****4782",
                "benefitType",
                "HUURTOESLAG"));
    assertThat(row.deadline()).isEqualTo(LocalDate.of(2025, 5, 26));
    assertThat(row.caseNumber()).isEqualTo("BZ-2025-000042");
    assertThat(row.workflow()).isEqualTo("objections");
    assertThat(row.citizen()).isEqualTo("*****4782");
  }

  @Test
  void missingVariablesLeaveTheirFieldsEmpty() {
    TaskRow row = row("t1", Map.of());
    assertThat(row.deadline()).isNull();
    assertThat(row.daysLeft()).isNull();
    assertThat(row.overdue()).isFalse();
    assertThat(row.caseNumber()).isNull();
    assertThat(row.caseLabel()).isNull();
  }

  @Test
  void caseNumbersSortByPrefixYearAndRunningNumberAsANumber() {
    List<String> keys =
        List.of("BZ-2026-999999", "BZ-2026-1000000", "BZ-2025-000002", "TZ-2026-000001").stream()
            .map(TaskListing::caseNumberKey)
            .sorted()
            .toList();
    assertThat(keys)
        .containsExactly(
            TaskListing.caseNumberKey("BZ-2025-000002"),
            TaskListing.caseNumberKey("BZ-2026-999999"),
            TaskListing.caseNumberKey("BZ-2026-1000000"),
            TaskListing.caseNumberKey("TZ-2026-000001"));
    assertThat(TaskListing.caseNumberKey(null)).isNull();
    assertThat(TaskListing.caseNumberKey("geen nummer")).isEqualTo("geen nummer");
  }

  private static TaskRow row(String id, Map<String, Object> variables) {
    TaskView view =
        new TaskView(
            id,
            "Ontvankelijkheid beoordelen",
            "AssessAdmissibilityTask",
            "ObjectionHandling",
            "case-" + id,
            null,
            List.of("BEHANDELAAR"),
            OffsetDateTime.of(2025, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC),
            null,
            new HashMap<>(variables));
    return TaskListing.entry(view, TODAY, CALENDAR).row();
  }
}
