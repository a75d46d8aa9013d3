package nl.toeslagen.hardship.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Triage within one working day, urgent contact the same working day: counted on the legal calendar
 * (weekends, public holidays and equated days are not working days). A request that arrives on a
 * day off counts from the next working day.
 */
@PolicyRule(
    name = "TriageDeadlinePolicy",
    guardsNl =
        "Elk verzoek wordt binnen één werkdag getrieerd; bij spoed neemt het STELLA-team dezelfde"
            + " werkdag contact op. Daarna escaleert het naar de teamleider.",
    guardsEn =
        "Every request is triaged within one working day; when urgent, the STELLA team makes"
            + " contact the same working day. After that it escalates to the team leader.",
    legalBasis = "Eigen norm 'menselijke maat' (seed 000, STELLA-teams); Algemene termijnenwet",
    appliesTo = {"Hardheidsverzoek registreren", "Triage", "Spoedcontact"})
public final class TriageDeadlinePolicy {

  public static final String NAME = "TriageDeadlinePolicy";

  private final LegalCalendar calendar;

  public TriageDeadlinePolicy(LegalCalendar calendar) {
    this.calendar = calendar;
  }

  /** The last day of triage: one working day after the day of receipt. */
  public LocalDate triageDeadline(LocalDate received) {
    return calendar.plusWorkingDays(received, 1);
  }

  /** The day of the urgent contact: the day itself when a working day, else the next one. */
  public LocalDate sameWorkingDay(LocalDate day) {
    return calendar.isWorkingDay(day) ? day : calendar.plusWorkingDays(day, 1);
  }

  /** The deadlines as the audit trail records them. */
  public PolicyDecision explain(LocalDate triage, LocalDate urgentContact) {
    return PolicyDecision.allow(
        NAME,
        "Triage uiterlijk "
            + triage
            + (urgentContact == null ? "." : "; spoedcontact uiterlijk " + urgentContact + "."),
        "Triage by "
            + triage
            + (urgentContact == null ? "." : "; urgent contact by " + urgentContact + "."));
  }
}
