package nl.toeslagen.caselaw.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * A higher appeal is lodged within six weeks of the district court's ruling (Awb 6:7 with 6:8): the
 * professional line's check, which decides whether the agency lodges or continues it, is due by
 * then. Counted from the ruling of the earlier appeal when it is recorded, else from the day the
 * higher appeal was lodged; a term ending on a day off ends on the next working day.
 */
@PolicyRule(
    name = "AppealHigherAppealTermPolicy",
    guardsNl =
        "Hoger beroep wordt binnen zes weken na de uitspraak ingesteld; de toets van de"
            + " vakinhoudelijke lijn is binnen die termijn klaar.",
    guardsEn =
        "A higher appeal is lodged within six weeks of the ruling; the professional line's check is"
            + " done within that term.",
    legalBasis = "Awb art. 6:7 en 6:8; Algemene termijnenwet art. 1",
    appliesTo = {"Hoger beroep vastleggen", "Toets vakinhoudelijke lijn"})
public final class AppealHigherAppealTermPolicy {

  public static final String NAME = "AppealHigherAppealTermPolicy";

  /** Six weeks (Awb 6:7). */
  public static final int WEEKS = 6;

  private final LegalCalendar calendar;

  public AppealHigherAppealTermPolicy(LegalCalendar calendar) {
    this.calendar = calendar;
  }

  /** The last day of the check: six weeks after {@code from} (the ruling, or the lodging). */
  public LocalDate checkDueOn(LocalDate from) {
    return calendar.statutoryTermEnd(from.plusWeeks(WEEKS));
  }

  /** The term as the audit trail records it. */
  public PolicyDecision explain(LocalDate from, boolean fromRuling) {
    LocalDate due = checkDueOn(from);
    return PolicyDecision.allow(
        NAME,
        "Toets vakinhoudelijke lijn uiterlijk "
            + due
            + " (zes weken na "
            + (fromRuling ? "de uitspraak" : "het instellen")
            + ").",
        "Professional-line check by "
            + due
            + " (six weeks after "
            + (fromRuling ? "the ruling" : "lodging")
            + ").",
        Laws.awb("6:7"));
  }
}
