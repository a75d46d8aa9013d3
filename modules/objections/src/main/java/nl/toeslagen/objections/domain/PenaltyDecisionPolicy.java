package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "PenaltyDecisionPolicy" (Awb 4:18, 4:17 lid 6): the penalty is set by decision once,
 * only after its last day due (the decision on the objection was made or the cap was reached); a
 * finding that the objection was manifestly inadmissible or manifestly unfounded carries reasons
 * and fits the decision's outcome (NIET_ONTVANKELIJK or ONGEGROND).
 */
@PolicyRule(
    name = "PenaltyDecisionPolicy",
    guardsNl =
        "De dwangsom wordt één keer bij beschikking vastgesteld, na de laatste dag waarover hij verschuldigd is; een oordeel 'kennelijk niet-ontvankelijk' of 'kennelijk ongegrond' is gemotiveerd en past bij de beslissing.",
    guardsEn =
        "The penalty is set by decision once, after its last day due; a finding 'manifestly inadmissible' or 'manifestly unfounded' has reasons and fits the decision.",
    legalBasis = "Awb art. 4:17 lid 6, 4:18",
    appliesTo = {"Dwangsom vaststellen"})
public final class PenaltyDecisionPolicy {

  public static final String NAME = "PenaltyDecisionPolicy";

  /** Whether the penalty may be set now (409 when not). */
  public PolicyDecision maySet(
      PenaltyDecision earlier, PenaltyAssessment penalty, LocalDate today) {
    if (earlier != null) {
      return PolicyDecision.refuse(
          NAME,
          "De dwangsom is al vastgesteld op " + earlier.decidedOn() + ".",
          "The penalty was already set on " + earlier.decidedOn() + ".",
          Laws.awb("4:18"));
    }
    if (penalty == null || !penalty.applies() || penalty.lastPenaltyDay() == null) {
      return PolicyDecision.refuse(
          NAME,
          "Er is geen dwangsom vast te stellen: er liep geen dwangsom.",
          "There is no penalty to set: no penalty ran.",
          Laws.awb("4:18"));
    }
    if (!penalty.endedBy(today)) {
      return PolicyDecision.refuse(
          NAME,
          "De dwangsom loopt nog (tot en met "
              + penalty.lastPenaltyDay()
              + "); stel hem vast na de laatste dag.",
          "The penalty is still running (up to and including "
              + penalty.lastPenaltyDay()
              + "); set it after its last day.",
          Laws.awb("4:18"));
    }
    return PolicyDecision.allow(
        NAME,
        "De laatste dag waarover de dwangsom verschuldigd was, is "
            + penalty.lastPenaltyDay()
            + ".",
        "The last day the penalty was due is " + penalty.lastPenaltyDay() + ".",
        Laws.awb("4:18"));
  }

  /** Whether the finding is reasoned and fits the outcome (400 on {@code manifestly} when not). */
  public PolicyDecision finding(ManifestFinding finding, String reasons, DecisionOutcome outcome) {
    if (finding == null) {
      return PolicyDecision.allow(
          NAME,
          "Het bezwaar was niet kennelijk niet-ontvankelijk of kennelijk ongegrond.",
          "The objection was not manifestly inadmissible or manifestly unfounded.",
          Laws.awb("4:17"));
    }
    if (reasons == null || reasons.isBlank()) {
      return PolicyDecision.refuse(
          NAME,
          "Motiveer waarom " + finding.nl() + ".",
          "Give the reasons why " + finding.en() + ".",
          Laws.awb("4:17"));
    }
    if (outcome != finding.outcome()) {
      return PolicyDecision.refuse(
          NAME,
          "Dit oordeel past niet bij de beslissing op het bezwaar ("
              + outcome
              + "); daarvoor moet die "
              + finding.outcome()
              + " zijn.",
          "This finding does not fit the decision on the objection ("
              + outcome
              + "); it requires "
              + finding.outcome()
              + ".",
          Laws.awb("4:17"));
    }
    return PolicyDecision.allow(
        NAME,
        "Geen dwangsom, omdat " + finding.nl() + ": " + reasons.strip(),
        "No penalty, because " + finding.en() + ": " + reasons.strip(),
        Laws.awb("4:17"));
  }
}
