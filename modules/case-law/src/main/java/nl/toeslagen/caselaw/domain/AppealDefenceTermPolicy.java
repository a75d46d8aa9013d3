package nl.toeslagen.caselaw.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * The statement of defence (verweerschrift) and the file go to the court within four weeks after
 * the court sent the notice of appeal to the agency (Awb 8:42 lid 1). The system counts from the
 * day the appeal was lodged — the earliest the notice can be sent, so the due date is never late —
 * and a term ending on a Saturday, Sunday or public holiday ends on the next working day (Algemene
 * termijnenwet art. 1).
 */
@PolicyRule(
    name = "AppealDefenceTermPolicy",
    guardsNl =
        "Het verweerschrift en de op de zaak betrekking hebbende stukken gaan binnen vier weken"
            + " naar de rechter.",
    guardsEn = "The statement of defence and the case file go to the court within four weeks.",
    legalBasis = "Awb art. 8:42 lid 1; Algemene termijnenwet art. 1",
    appliesTo = {"Beroep vastleggen", "Verweerschrift indienen"})
public final class AppealDefenceTermPolicy {

  public static final String NAME = "AppealDefenceTermPolicy";

  /** Four weeks (Awb 8:42 lid 1). */
  public static final int WEEKS = 4;

  private final LegalCalendar calendar;

  public AppealDefenceTermPolicy(LegalCalendar calendar) {
    this.calendar = calendar;
  }

  /** The last day for the statement of defence and the file. */
  public LocalDate dueOn(LocalDate lodgedOn) {
    return calendar.statutoryTermEnd(lodgedOn.plusWeeks(WEEKS));
  }

  /** The term as the audit trail records it. */
  public PolicyDecision explain(LocalDate lodgedOn) {
    LocalDate due = dueOn(lodgedOn);
    return PolicyDecision.allow(
        NAME,
        "Verweerschrift en stukken uiterlijk " + due + " naar de rechter (vier weken).",
        "Statement of defence and file to the court by " + due + " (four weeks).",
        Laws.awb("8:42"));
  }
}
