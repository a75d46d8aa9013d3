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
import nl.toeslagen.web.rest.TaskResource.CodeCount;
import nl.toeslagen.web.rest.TaskResource.TaskCounts;
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
  void countsArePerBenefitTypeAndStageWithTheOverdueOnes() {
    TaskCounts counts =
        TaskListing.counts(
            List.of(
                row("a", Map.of("benefitType", "HUURTOESLAG", "deadline", "2025-04-01")),
                row("b", Map.of("benefitType", "ZORGTOESLAG", "deadline", "2025-05-01")),
                row("c", Map.of("benefitType", "HUURTOESLAG"))));
    assertThat(counts.benefitTypes())
        .containsExactly(new CodeCount("HUURTOESLAG", 2), new CodeCount("ZORGTOESLAG", 1));
    assertThat(counts.stages()).containsExactly(new CodeCount("AssessAdmissibilityTask", 3));
    assertThat(counts.overdue()).isEqualTo(1);
    assertThat(counts.all()).isEqualTo(3);
  }

  @Test
  void theDefaultOrderIsTheDeadlineSoonestFirstWithoutADeadlineLastEitherWay() {
    List<TaskRow> rows =
        List.of(
            row("none", Map.of()),
            row("late", Map.of("deadline", "2025-06-01")),
            row("soon", Map.of("deadline", "2025-05-01")));
    assertThat(sorted(rows, "", false)).containsExactly("soon", "late", "none");
    assertThat(sorted(rows, "deadline", true)).containsExactly("late", "soon", "none");
  }

  @Test
  void caseNumbersSortByPrefixYearAndRunningNumberAsANumber() {
    List<TaskRow> rows =
        List.of(
            row("b", Map.of("caseNumber", "BZ-2026-999999")),
            row("c", Map.of("caseNumber", "BZ-2026-1000000")),
            row("a", Map.of("caseNumber", "BZ-2025-000002")),
            row("t", Map.of("caseNumber", "TZ-2026-000001")));
    assertThat(sorted(rows, "caseNumber", false)).containsExactly("a", "b", "c", "t");
    assertThat(sorted(rows, "caseNumber", true)).containsExactly("t", "c", "b", "a");
  }

  @Test
  void freeTextFindsPartOfTheNumberOrLabelAndTheExactCaseId() {
    TaskRow row =
        row("t1", Map.of("caseNumber", "TZ-2026-000123", "caseLabel", "TZ-2026-000123 · Signaal"));
    assertThat(TaskListing.textMatches(row, "tz-2026-000123")).isTrue();
    assertThat(TaskListing.textMatches(row, "000123")).isTrue();
    assertThat(TaskListing.textMatches(row, "signaal")).isTrue();
    assertThat(TaskListing.textMatches(row, "case-t1")).isTrue();
    assertThat(TaskListing.textMatches(row, "case-t")).isFalse();
    assertThat(TaskListing.textMatches(row, "BZ-2026")).isFalse();
  }

  @Test
  void aPageBeyondTheEndIsEmpty() {
    List<String> all = List.of("a", "b", "c");
    assertThat(TaskListing.page(all, 0, 2)).containsExactly("a", "b");
    assertThat(TaskListing.page(all, 1, 2)).containsExactly("c");
    assertThat(TaskListing.page(all, 2, 2)).isEmpty();
    assertThat(TaskListing.page(all, 999_999, 200)).isEmpty();
  }

  private static List<String> sorted(List<TaskRow> rows, String sort, boolean desc) {
    return rows.stream().sorted(TaskListing.order(sort, desc)).map(TaskRow::id).toList();
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
