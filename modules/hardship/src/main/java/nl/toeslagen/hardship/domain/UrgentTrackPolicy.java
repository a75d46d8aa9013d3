package nl.toeslagen.hardship.domain;

import java.util.Set;
import java.util.TreeSet;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Any urgency signal routes a request to the urgent track: the hardship clause is too slow for
 * urgent cases (seed 001), so a STELLA team contacts the citizen the same day. A handler may find
 * urgency at triage that the intake missed, never wave one away: a request with a signal cannot be
 * put on the regular track.
 */
@PolicyRule(
    name = "UrgentTrackPolicy",
    guardsNl =
        "Een verzoek met een urgentiesignaal (uitzetting, afsluiting, geen inkomen, schuldhulp,"
            + " huiselijk geweld) gaat naar het spoedspoor en kan niet naar de gewone wachtrij.",
    guardsEn =
        "A request with an urgency signal (eviction, disconnection, no income, debt counselling,"
            + " domestic violence) goes to the urgent track and cannot be put in the regular queue.",
    legalBasis = "Awir art. 47 (hardheidsclausule); eigen norm 'menselijke maat' (STELLA-teams)",
    appliesTo = {"Hardheidsverzoek registreren", "Triage"})
public final class UrgentTrackPolicy {

  public static final String NAME = "UrgentTrackPolicy";

  /** The track the signals call for. */
  public Track track(Set<UrgencySignal> signals) {
    return signals == null || signals.isEmpty() ? Track.REGULAR : Track.URGENT;
  }

  /** Why the signals call for their track (always allowed; recorded in the audit trail). */
  public PolicyDecision evaluate(Set<UrgencySignal> signals) {
    if (track(signals) == Track.REGULAR) {
      return PolicyDecision.allow(
          NAME,
          "Geen urgentiesignaal: gewone wachtrij.",
          "No urgency signal: regular queue.",
          Laws.awir("47"));
    }
    Set<String> names = new TreeSet<>();
    signals.forEach(s -> names.add(s.name()));
    return PolicyDecision.allow(
        NAME,
        "Urgentiesignaal " + String.join(", ", names) + ": spoedspoor (STELLA), contact vandaag.",
        "Urgency signal " + String.join(", ", names) + ": urgent track (STELLA), contact today.",
        Laws.awir("47"));
  }

  /** Whether the triage may choose {@code chosen} for a request with these signals. */
  public PolicyDecision triage(Set<UrgencySignal> signals, Track chosen) {
    boolean urgent = signals != null && !signals.isEmpty();
    if (urgent && chosen == Track.REGULAR) {
      return PolicyDecision.refuse(
          NAME,
          "Dit verzoek heeft een urgentiesignaal en moet op het spoedspoor blijven.",
          "This request has an urgency signal and must stay on the urgent track.",
          Laws.awir("47"));
    }
    return PolicyDecision.allow(
        NAME,
        chosen == Track.URGENT ? "Spoedspoor gekozen." : "Gewone wachtrij gekozen.",
        chosen == Track.URGENT ? "Urgent track chosen." : "Regular queue chosen.",
        Laws.awir("47"));
  }
}
