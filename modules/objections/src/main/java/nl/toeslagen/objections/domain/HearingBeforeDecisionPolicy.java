package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "HearingBeforeDecisionPolicy" (Awb 7:2, 7:3, 7:12 lid 1): the objector is heard
 * before the decision, or the decision records under which part of 7:3 the hearing was skipped —
 * and then its outcome fits that part (a: NIET_ONTVANKELIJK, b: ONGEGROND, e: GEGROND). A scheduled
 * hearing counts once its report is recorded. A refusal is invalid input (400) on {@code hearing}
 * or {@code outcome}.
 */
@PolicyRule(
    name = "HearingBeforeDecisionPolicy",
    guardsNl =
        "Er wordt pas beslist als de bezwaarmaker is gehoord (verslag vastgelegd) of als is"
            + " vastgelegd op welke grond van art. 7:3 Awb niet is gehoord; de uitkomst past dan bij"
            + " die grond.",
    guardsEn =
        "A decision is drafted only once the objector has been heard (report recorded) or the"
            + " ground under Awb 7:3 for not hearing is recorded; the outcome then fits that ground.",
    legalBasis = "Awb art. 7:2, 7:3 en 7:12 lid 1",
    appliesTo = {"Beslissing op bezwaar opstellen"})
public final class HearingBeforeDecisionPolicy {

  public static final String NAME = "HearingBeforeDecisionPolicy";

  private static final LegalReference BASIS = Laws.awb("7:2");

  /**
   * @param hearing the hearing record, or {@code null} when none is recorded
   * @param outcome the drafted outcome
   */
  public RuleVerdict evaluate(Hearing hearing, DecisionOutcome outcome) {
    if (hearing == null) {
      return refuse(
          "hearing",
          "Leg eerst de hoorzitting of de reden om niet te horen vast (art. 7:2 en 7:3 Awb).",
          "Record the hearing or the reason for not hearing first (Awb 7:2, 7:3).");
    }
    if (!hearing.skipped() && !hearing.held()) {
      return refuse(
          "hearing",
          "De hoorzitting is gepland maar het verslag ontbreekt nog.",
          "The hearing is scheduled but its report is missing.");
    }
    HearingSkipReason skip = hearing.skipped() ? hearing.skipReason() : null;
    if (skip != null && skip.requiredOutcome() != null && skip.requiredOutcome() != outcome) {
      return refuse(
          "outcome",
          "Niet horen op grond van art. 7:3 onder "
              + skip.letter()
              + " Awb past alleen bij de uitkomst "
              + skip.requiredOutcome()
              + ".",
          "Skipping the hearing under Awb 7:3 ("
              + skip.letter()
              + ") only fits the outcome "
              + skip.requiredOutcome()
              + ".");
    }
    return RuleVerdict.allowed(
        skip == null
            ? PolicyDecision.allow(
                NAME, "De bezwaarmaker is gehoord.", "The objector was heard.", BASIS)
            : PolicyDecision.allow(
                NAME,
                "Niet gehoord op grond van art. 7:3 onder " + skip.letter() + " Awb.",
                "Not heard under Awb 7:3 (" + skip.letter() + ").",
                Laws.awb("7:3")));
  }

  private static RuleVerdict refuse(String field, String nl, String en) {
    return RuleVerdict.refused(PolicyDecision.refuse(NAME, nl, en, BASIS), field);
  }
}
