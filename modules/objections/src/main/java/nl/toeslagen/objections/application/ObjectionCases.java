package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.ObjectionRepository;
import nl.toeslagen.objections.domain.ObjectionTerms;
import nl.toeslagen.objections.domain.Requirement;
import nl.toeslagen.usecase.api.CaseKind;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * What every objection handler shares: the case kind for the unit of work ({@code OBJECTION}), the
 * legal terms, and the process variables computed from a case (timer dates, the repeat of the
 * overdue report, what the task list shows).
 */
@ApplicationScoped
public class ObjectionCases {

  /** The object type of objection cases in the audit trail and the document archive. */
  public static final String OBJECT_TYPE = "OBJECTION";

  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @Inject ObjectionRepository repository;
  @Inject LegalCalendar calendar;

  /** The objection cases as the unit of work loads, saves and audits them. */
  public CaseKind<ObjectionId, Objection> kind() {
    return new CaseKind<>(OBJECT_TYPE, repository, Objection::id);
  }

  /** The next human-readable case number, for a case registered today (after validation). */
  public nl.toeslagen.kernel.CaseNumber nextCaseNumber(java.time.LocalDate today) {
    return repository.nextCaseNumber(today.getYear());
  }

  public ObjectionTerms terms() {
    return new ObjectionTerms(calendar);
  }

  /** The id of a case named in a request (a {@link CaseId} the REST layer parsed). */
  static ObjectionId id(CaseId id) {
    return new ObjectionId(id);
  }

  /**
   * Timer dates as java.util.Date (reminder and escalation at 08:00, the deadline at the end of its
   * day) and the repeat interval of the overdue report.
   */
  public ProcessVariables timerVariables(Objection o) {
    ObjectionTerms t = terms();
    LocalDate deadline = o.term().deadline();
    return ProcessVariables.of(
            ObjectionProcess.REMINDER_AT, at(t.reminderDate(deadline).atTime(8, 0)))
        .and(ObjectionProcess.ESCALATION_AT, at(t.escalationDate(deadline).atTime(8, 0)))
        .and(ObjectionProcess.DECISION_DUE_AT, at(deadline.atTime(23, 59)))
        .and(ObjectionProcess.OVERDUE_REPEAT_AFTER, o.overdueRepeatAfter());
  }

  /**
   * What the task list shows and searches of the case: a label, the number, the citizen with a
   * masked BSN and as look-up hash, the benefit.
   */
  static ProcessVariables taskListVariables(Objection o) {
    var in = o.intake();
    return ProcessVariables.of(ObjectionProcess.CASE_LABEL, caseLabel(o))
        .and(ObjectionProcess.CITIZEN, in.bsn().masked())
        .and(ObjectionProcess.CITIZEN_BSN_HASH, in.bsn().lookupHash())
        .and(ObjectionProcess.BENEFIT_TYPE, in.benefitType().name())
        .and(ObjectionProcess.CASE_NUMBER, o.caseNumber().toString());
  }

  /**
   * The case as the task list and the notifications name it: case number, benefit and the reference
   * of the contested decision (no citizen data).
   */
  static String caseLabel(Objection o) {
    var in = o.intake();
    return o.caseNumber()
        + " · Bezwaar "
        + in.benefitType().labelNl()
        + " "
        + in.contestedDecision().reference();
  }

  /** Names of requirements (e.g. SIGNATURE) as a set; an unknown name is a 400 on {@code field}. */
  static Set<Requirement> requirements(String field, List<String> names) {
    Set<Requirement> set = EnumSet.noneOf(Requirement.class);
    if (names != null) {
      names.stream()
          .filter(n -> n != null && !n.isBlank())
          .forEach(n -> set.add(Fields.enumValue(field, Requirement.class, n)));
    }
    return set;
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZONE).toInstant());
  }
}
