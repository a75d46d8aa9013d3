package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.ValidationException;

/**
 * The legal terms of an objection, computed on the {@link LegalCalendar}. The readings implemented:
 *
 * <ul>
 *   <li><b>Objection term</b>: six weeks (Awb 6:7) starting the day after the dagtekening (Awir
 *       art. 35, which replaces Awb 6:8). Counting six weeks from that day ends on {@code
 *       dagtekening + 6 weeks}; the Algemene termijnenwet then moves an end on a Saturday, Sunday
 *       or holiday to the next day that is none.
 *   <li><b>Timeliness</b>: in time when received on or before the term end. Posted objections (Awb
 *       6:9 lid 2): in time when the postmark is on or before the term end and the objection is
 *       received no later than one week (seven calendar days) after the term end; that week is read
 *       literally, without the Algemene termijnenwet. Received before the term started but after
 *       the decision existed is in time (Awb 6:10).
 *   <li><b>Decision term</b> (Awb 7:10 lid 1, 7:13): six weeks, twelve with an advisory committee,
 *       counted from the day after the objection term ended, so nominal end = objection term end +
 *       6 (12) weeks, then the Algemene termijnenwet. That holds for every objection lodged in
 *       time, also a posted one received in the week after the term (Awb 6:9 lid 2): the law counts
 *       from the end of the objection term, not from receipt. Only a late objection (received after
 *       the term, not saved by 6:9; excused under 6:11 or not) is counted from the day after
 *       receipt, because the agency could not decide on it earlier (ADR 0018).
 *   <li><b>Extension</b> (7:10 lid 3): once, by six weeks, recorded with reasons on or before the
 *       current deadline; new nominal end = current nominal end + 6 weeks, then the Algemene
 *       termijnenwet.
 *   <li><b>Postponement with consent</b> (7:10 lid 4): to an agreed date after the current
 *       deadline, only with the objector's recorded consent, recorded on or before the current
 *       deadline; repeatable.
 *   <li><b>Suspension</b> (7:10 lid 2): from the day after a repair request until the day of
 *       repair, or until the last day of the repair period when it lapses unused, counting only the
 *       days on which the decision term runs (a period before its start moves nothing); the nominal
 *       end moves by that number of days, then the Algemene termijnenwet.
 *   <li><b>Reminder</b> ten working days and <b>escalation</b> five working days before the
 *       deadline.
 * </ul>
 */
public final class ObjectionTerms {

  /** Length of the objection term (Awb 6:7). */
  public static final int OBJECTION_TERM_WEEKS = 6;

  /** Decision term without (6) and with (12) an advisory committee (Awb 7:10 lid 1). */
  public static final int DECISION_TERM_WEEKS = 6;

  public static final int DECISION_TERM_WEEKS_WITH_COMMITTEE = 12;

  /** The one extension (Awb 7:10 lid 3). */
  public static final int EXTENSION_WEEKS = 6;

  public static final int REMINDER_WORKING_DAYS = 10;
  public static final int ESCALATION_WORKING_DAYS = 5;

  private final LegalCalendar calendar;

  public ObjectionTerms(LegalCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** The first day of the objection term: the day after the dagtekening (Awir art. 35). */
  public LocalDate objectionTermStart(LocalDate dagtekening) {
    return dagtekening.plusDays(1);
  }

  /** The last day to object, after the Algemene termijnenwet. */
  public LocalDate objectionTermEnd(LocalDate dagtekening) {
    return calendar.statutoryTermEnd(dagtekening.plusWeeks(OBJECTION_TERM_WEEKS));
  }

  /**
   * Whether an objection was lodged in time.
   *
   * @param dagtekening date of the contested decision
   * @param received the day the objection was received
   * @param postmark the postmark of a posted objection, or {@code null}
   */
  public TimelinessAssessment timeliness(
      LocalDate dagtekening, LocalDate received, LocalDate postmark) {
    Objects.requireNonNull(dagtekening, "dagtekening");
    Objects.requireNonNull(received, "received");
    return new TimelinessPolicy()
        .evaluate(
            objectionTermStart(dagtekening), objectionTermEnd(dagtekening), received, postmark);
  }

  /**
   * The first day of the decision term (Awb 7:10 lid 1): the day after the objection term ended;
   * for a late objection (excused or not) the day after receipt (ADR 0018).
   */
  public LocalDate decisionTermStart(
      LocalDate objectionTermEnd, LocalDate received, Timeliness timeliness) {
    Objects.requireNonNull(timeliness, "timeliness");
    boolean late = timeliness == Timeliness.LATE || timeliness == Timeliness.LATE_EXCUSED;
    LocalDate countFrom =
        late && received != null && received.isAfter(objectionTermEnd)
            ? received
            : objectionTermEnd;
    return countFrom.plusDays(1);
  }

  /**
   * The decision term of a new objection.
   *
   * @param objectionTermEnd the last day of the objection term (after the Algemene termijnenwet)
   * @param received the day the objection was received
   * @param timeliness whether it was lodged in time ({@link #timeliness}): only a late objection is
   *     counted from its receipt
   * @param advisoryCommittee whether an advisory committee is involved (Awb 7:13)
   */
  public DecisionTerm decisionTerm(
      LocalDate objectionTermEnd,
      LocalDate received,
      Timeliness timeliness,
      boolean advisoryCommittee) {
    LocalDate countFrom = decisionTermStart(objectionTermEnd, received, timeliness).minusDays(1);
    LocalDate nominal =
        countFrom.plusWeeks(
            advisoryCommittee ? DECISION_TERM_WEEKS_WITH_COMMITTEE : DECISION_TERM_WEEKS);
    return new DecisionTerm(
        nominal, calendar.statutoryTermEnd(nominal), advisoryCommittee, false, List.of());
  }

  /**
   * The decision deadline for a contested decision of this date, for an objection received in time.
   */
  public LocalDate decisionDeadline(LocalDate dagtekening, boolean advisoryCommittee) {
    LocalDate end = objectionTermEnd(dagtekening);
    return decisionTerm(end, end, Timeliness.IN_TIME, advisoryCommittee).deadline();
  }

  /** The deadline after the one extension of Awb 7:10 lid 3, for an objection received in time. */
  public LocalDate extendedDecisionDeadline(LocalDate dagtekening, boolean advisoryCommittee) {
    LocalDate end = objectionTermEnd(dagtekening);
    return extensionOf(decisionTerm(end, end, Timeliness.IN_TIME, advisoryCommittee));
  }

  private LocalDate extensionOf(DecisionTerm term) {
    return calendar.statutoryTermEnd(term.nominalEnd().plusWeeks(EXTENSION_WEEKS));
  }

  /**
   * Extends the term once by six weeks (Awb 7:10 lid 3).
   *
   * @throws nl.toeslagen.kernel.PolicyViolationException (TermChangePolicy, conflict) when already
   *     extended or when the deadline has already passed on {@code recordedOn}
   * @throws ValidationException (field {@code reasons}) without reasons
   */
  public DecisionTerm extend(DecisionTerm term, LocalDate recordedOn, String reasons) {
    requireReasons("reasons", reasons);
    new TermChangePolicy().mayExtend(term, recordedOn).enforceAsConflict();
    LocalDate nominal = term.nominalEnd().plusWeeks(EXTENSION_WEEKS);
    LocalDate deadline = calendar.statutoryTermEnd(nominal);
    return term.with(
        nominal,
        deadline,
        true,
        new TermChange(
            TermChangeKind.EXTENSION, recordedOn, term.deadline(), deadline, reasons.strip()));
  }

  /**
   * Postpones the term to an agreed date with the objector's recorded consent (Awb 7:10 lid 4).
   *
   * @param consent how and when the objector consented; required
   * @throws ValidationException (field {@code consent}) without consent
   * @throws nl.toeslagen.kernel.PolicyViolationException (TermChangePolicy) invalid on {@code
   *     newDeadline} when not after the deadline, a conflict when the deadline has passed
   */
  public DecisionTerm postponeWithConsent(
      DecisionTerm term, LocalDate recordedOn, LocalDate agreedEnd, String consent) {
    requireReasons("consent", consent);
    TermChangePolicy rule = new TermChangePolicy();
    rule.agreedEnd(term, agreedEnd).enforceAsInvalid("newDeadline");
    rule.mayPostpone(term, recordedOn).enforceAsConflict();
    LocalDate deadline = calendar.statutoryTermEnd(agreedEnd);
    return term.with(
        agreedEnd,
        deadline,
        term.extended(),
        new TermChange(
            TermChangeKind.POSTPONEMENT_WITH_CONSENT,
            recordedOn,
            term.deadline(),
            deadline,
            consent.strip()));
  }

  /**
   * Suspends the term for a repair request (Awb 7:10 lid 2): from the day after {@code requestedOn}
   * up to and including {@code endedOn} (the day of repair, or the last day of the repair period
   * when it lapsed unused) — but only the days on which the decision term runs: a repair period
   * that ended before the term started does not move it, one that straddles the start moves it by
   * the days from {@code termStart} on.
   *
   * @param termStart the first day of the decision term ({@link #decisionTermStart})
   */
  public DecisionTerm suspend(
      DecisionTerm term, LocalDate termStart, LocalDate requestedOn, LocalDate endedOn) {
    if (endedOn.isBefore(requestedOn)) {
      throw new ValidationException(
          "repairedOn",
          "Het herstel kan niet voor het verzoek om herstel liggen.",
          "The repair cannot be before the repair request.");
    }
    LocalDate from = requestedOn.plusDays(1);
    if (termStart != null && termStart.isAfter(from)) {
      from = termStart;
    }
    long days = from.isAfter(endedOn) ? 0 : ChronoUnit.DAYS.between(from, endedOn) + 1;
    LocalDate nominal = term.nominalEnd().plusDays(days);
    LocalDate deadline = calendar.statutoryTermEnd(nominal);
    String reasons =
        days == 0
            ? "De hersteltermijn eindigde op "
                + endedOn
                + ", voordat de beslistermijn op "
                + termStart
                + " begon; de beslistermijn verschuift niet."
            : "Opgeschort van "
                + from
                + " tot en met "
                + endedOn
                + " ("
                + days
                + " dagen)"
                + (from.equals(requestedOn.plusDays(1))
                    ? "."
                    : "; de dagen voor het begin van de beslistermijn op "
                        + termStart
                        + " tellen niet.");
    return term.with(
        nominal,
        deadline,
        term.extended(),
        new TermChange(TermChangeKind.SUSPENSION, endedOn, term.deadline(), deadline, reasons));
  }

  /** Days suspended: from the day after the request up to and including the end day. */
  public static long suspendedDays(LocalDate requestedOn, LocalDate endedOn) {
    return Math.max(0, ChronoUnit.DAYS.between(requestedOn, endedOn));
  }

  /** Reminder to the assignee: ten working days before the deadline. */
  public LocalDate reminderDate(LocalDate deadline) {
    return calendar.minusWorkingDays(deadline, REMINDER_WORKING_DAYS);
  }

  /** Escalation to the team manager: five working days before the deadline. */
  public LocalDate escalationDate(LocalDate deadline) {
    return calendar.minusWorkingDays(deadline, ESCALATION_WORKING_DAYS);
  }

  /**
   * Working days from {@code today} (exclusive) to the deadline (inclusive); negative when overdue.
   */
  public int workingDaysLeft(LocalDate today, LocalDate deadline) {
    return calendar.workingDaysBetween(today, deadline);
  }

  public LegalCalendar calendar() {
    return calendar;
  }

  private static void requireReasons(String field, String reasons) {
    if (reasons == null || reasons.isBlank()) {
      throw new ValidationException(
          field,
          "Leg de reden vast (veld '" + field + "').",
          "Record the reason (field '" + field + "').");
    }
  }

  /**
   * The last day to set the penalty by decision: two weeks after its last day due (Awb 4:18), moved
   * to the next working day by the Algemene termijnenwet.
   */
  public LocalDate penaltyDecisionDue(LocalDate lastPenaltyDay) {
    return PenaltyPolicy.decisionDue(lastPenaltyDay, calendar);
  }
}
