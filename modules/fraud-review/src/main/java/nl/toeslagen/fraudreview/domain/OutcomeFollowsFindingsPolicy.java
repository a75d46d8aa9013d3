package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * The outcome follows the approved findings: a right award means GEEN_ONJUISTHEID; a wrong award
 * without intent or gross negligence means ONBEWUSTE_FOUT (never a fine); OPZET_OF_GROVE_SCHULD
 * only when intent or gross negligence was established and approved. Only that outcome carries a
 * fine proposal.
 */
@PolicyRule(
    name = "OutcomeFollowsFindingsPolicy",
    guardsNl =
        "De uitkomst volgt uit de goedgekeurde bevindingen; alleen opzet of grove schuld krijgt een boetevoorstel.",
    guardsEn =
        "The outcome follows the approved findings; only intent or gross negligence carries a fine proposal.",
    legalBasis = "Awb art. 3:46; Awir art. 41",
    appliesTo = {"Vaststelling indienen"})
public final class OutcomeFollowsFindingsPolicy {

  public static final String NAME = "OutcomeFollowsFindingsPolicy";

  public PolicyDecision evaluate(Signal signal, DeterminationDraft draft) {
    if (draft.phase() != Phase.UITKOMST) {
      if (draft.fine() != null) {
        return noFine();
      }
      return allow();
    }
    if (!follows(signal, draft.conclusion())) {
      return PolicyDecision.refuse(
          NAME,
          "De uitkomst "
              + draft.conclusion()
              + " past niet bij de goedgekeurde bevindingen over rechtmatigheid en opzet of grove"
              + " schuld.",
          "The outcome "
              + draft.conclusion()
              + " does not follow from the approved findings on legality and intent or gross"
              + " negligence.");
    }
    if (draft.conclusion() != Conclusion.OPZET_OF_GROVE_SCHULD && draft.fine() != null) {
      return noFine();
    }
    if (draft.conclusion() == Conclusion.OPZET_OF_GROVE_SCHULD && draft.fine() == null) {
      return PolicyDecision.refuse(
          NAME,
          "Bij opzet of grove schuld hoort een boetevoorstel (eventueel nul, Awir art. 42).",
          "Intent or gross negligence needs a fine proposal (possibly zero, Awir art. 42).",
          Laws.awir("41"));
    }
    return allow();
  }

  /**
   * Whether the outcome {@code conclusion} follows from the signal's approved findings on legality
   * and intent (also for the case view: the outcomes an author can choose).
   */
  public boolean follows(Signal signal, Conclusion conclusion) {
    Conclusion legality = signal.approvedConclusion(Phase.RECHTMATIGHEID).orElse(null);
    Conclusion intent = signal.approvedConclusion(Phase.OPZET_GROVE_SCHULD).orElse(null);
    boolean culpable = intent != null && intent.qualifiesAsCulpable();
    return switch (conclusion) {
      case GEEN_ONJUISTHEID -> legality == Conclusion.TOEKENNING_JUIST;
      case ONBEWUSTE_FOUT -> legality == Conclusion.TOEKENNING_ONJUIST && intent != null;
      case OPZET_OF_GROVE_SCHULD -> culpable;
      default -> false;
    };
  }

  private static PolicyDecision allow() {
    return PolicyDecision.allow(
        NAME, "De uitkomst volgt uit de bevindingen.", "The outcome follows from the findings.");
  }

  private static PolicyDecision noFine() {
    return PolicyDecision.refuse(
        NAME,
        "Een boete kan alleen bij vastgestelde opzet of grove schuld; een onbewuste fout wordt"
            + " hersteld, nooit beboet.",
        "A fine is only possible when intent or gross negligence is established; an honest mistake"
            + " is corrected, never fined.",
        Laws.awir("41"));
  }
}
