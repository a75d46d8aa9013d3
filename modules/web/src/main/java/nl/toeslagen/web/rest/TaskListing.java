package nl.toeslagen.web.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toeslagen.caselaw.application.AppealProcess;
import nl.toeslagen.caselaw.application.SignalEscalationProcess;
import nl.toeslagen.fraudreview.application.FraudReviewProcess;
import nl.toeslagen.hardship.application.HardshipProcess;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.objections.application.ObjectionProcess;
import nl.toeslagen.riskselection.application.RuleSetApprovalProcess;
import nl.toeslagen.web.rest.TaskResource.TaskPage;
import nl.toeslagen.web.rest.TaskResource.TaskRow;
import nl.toeslagen.workflow.api.TaskView;

/**
 * The task list's rows, counts, order and page. Everything happens in memory over the open tasks of
 * the caller's scope: fine for the task counts of today; issue 11 moves the list to a read model
 * that filters, sorts and pages in the database, with the same answer ({@link TaskPage}).
 *
 * <p>Processes put plain values on their instances that the list shows: {@code caseNumber}, {@code
 * caseLabel}, {@code citizen} (masked BSN), {@code citizenBsnHash} ({@code Bsn.lookupHash}, only
 * compared, never shown), {@code benefitType} and {@code deadline} (an ISO date or a date; for
 * objections {@code decisionDueAt}). Each may be missing (instances started before it existed): the
 * row then leaves it out, and the case number is read from the label when it starts with one.
 */
final class TaskListing {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** The orders the list offers ({@code sort}); the legal deadline is the default. */
  static final String SORTS =
      "(deadline|caseLabel|caseNumber|citizen|benefitType|stage|assignee|created|daysLeft)?";

  static final String DEFAULT_SORT = "deadline";

  /** The workflow of each process, as the UI names its case pages. */
  static final Map<String, String> WORKFLOWS =
      Map.of(
          ObjectionProcess.PROCESS_KEY,
          "objections",
          FraudReviewProcess.PROCESS_KEY,
          "fraud-review",
          RuleSetApprovalProcess.PROCESS_KEY,
          "risk-selection",
          HardshipProcess.PROCESS_KEY,
          "hardship",
          SignalEscalationProcess.PROCESS_KEY,
          "signals",
          AppealProcess.PROCESS_KEY,
          "appeals");

  private static final Pattern LEADING_CASE_NUMBER =
      Pattern.compile("^([A-Z]{2})-(\\d{4})-(\\d{6,12})(?!\\d)");

  private TaskListing() {}

  /** One task with what the list shows and what it only compares (the citizen's hash). */
  record Entry(TaskView task, TaskRow row, String citizenBsnHash) {}

  /** The row of a task today: working days left by the legal calendar, as the case page counts. */
  static Entry entry(TaskView t, LocalDate today, LegalCalendar calendar) {
    LocalDate deadline = deadline(t);
    Integer daysLeft = deadline == null ? null : calendar.workingDaysBetween(today, deadline);
    String label = string(t, "caseLabel");
    String caseNumber = string(t, "caseNumber");
    if (caseNumber == null && label != null) {
      Matcher m = LEADING_CASE_NUMBER.matcher(label);
      caseNumber = m.find() ? m.group() : null;
    }
    TaskRow row =
        new TaskRow(
            t.id(),
            t.name() == null ? t.taskDefinitionKey() : t.name(),
            t.taskDefinitionKey(),
            t.processKey(),
            t.processKey() == null ? null : WORKFLOWS.get(t.processKey()),
            t.businessKey(),
            caseNumber,
            label,
            string(t, "citizen"),
            string(t, "benefitType"),
            deadline,
            daysLeft,
            deadline != null && today.isAfter(deadline),
            t.created() == null ? null : t.created().toInstant(),
            t.assignee(),
            t.candidateGroups() == null ? List.of() : List.copyOf(t.candidateGroups()));
    return new Entry(t, row, string(t, "citizenBsnHash"));
  }

  /** Case numbers in their own order: prefix, year, then the running number as a number. */
  static String caseNumberKey(String caseNumber) {
    if (caseNumber == null) {
      return null;
    }
    Matcher m = LEADING_CASE_NUMBER.matcher(caseNumber);
    if (!m.find()) {
      return caseNumber;
    }
    return m.group(1) + "-" + m.group(2) + "-" + "0".repeat(12 - m.group(3).length()) + m.group(3);
  }

  /**
   * The last day whose deadline is at most {@code maxDaysLeft} working days after {@code today}
   * (negative: past it), as {@code daysLeft} counts: the filter {@code maxDaysLeft} as a date bound
   * for the query. Beyond ten years either way the bound is ten years.
   */
  static LocalDate lastDayWithin(LocalDate today, int maxDaysLeft, LegalCalendar calendar) {
    int max = Math.max(-2600, Math.min(2600, maxDaysLeft));
    // working days never decrease with the date: search the last date that still fits
    long low = -4000;
    long high = 4000;
    while (low < high) {
      long mid = Math.floorDiv(low + high + 1, 2);
      if (calendar.workingDaysBetween(today, today.plusDays(mid)) <= max) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return today.plusDays(low);
  }

  private static String string(TaskView t, String name) {
    Object v = t.variables() == null ? null : t.variables().get(name);
    return v == null ? null : v.toString();
  }

  /**
   * The task's legal deadline as a date: the process variable {@code deadline}, else {@code
   * decisionDueAt} (objections), else the task's due date; null when there is none.
   */
  static LocalDate deadline(TaskView t) {
    Object v = t.variables() == null ? null : t.variables().get("deadline");
    if (v == null && t.variables() != null) {
      v = t.variables().get("decisionDueAt");
    }
    if (v instanceof Date d) {
      return d.toInstant().atZone(AMSTERDAM).toLocalDate();
    }
    if (v instanceof Instant i) {
      return i.atZone(AMSTERDAM).toLocalDate();
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof String s && s.length() >= 10) {
      try {
        return LocalDate.parse(s.substring(0, 10));
      } catch (RuntimeException e) {
        return null;
      }
    }
    return t.due() == null ? null : t.due().atZoneSameInstant(AMSTERDAM).toLocalDate();
  }
}
