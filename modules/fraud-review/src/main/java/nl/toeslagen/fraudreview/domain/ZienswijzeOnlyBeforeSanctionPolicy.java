package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * The citizen is heard between the finding and the sanction: a view (zienswijze) is recorded once
 * intent or gross negligence was approved and before the outcome; after such a finding no outcome
 * (also not a milder one) comes before the view.
 */
@PolicyRule(
    name = "ZienswijzeOnlyBeforeSanctionPolicy",
    guardsNl =
        "De zienswijze wordt gevraagd na vastgestelde opzet of grove schuld en vóór de uitkomst;"
            + " zonder zienswijze geen uitkomst.",
    guardsEn =
        "The view is asked after intent or gross negligence was established and before the"
            + " outcome; no outcome without it.",
    legalBasis = "Awb art. 4:8",
    appliesTo = {"Zienswijze vragen", "Zienswijze vastleggen", "Vaststelling indienen (uitkomst)"})
public final class ZienswijzeOnlyBeforeSanctionPolicy {

  public static final String NAME = "ZienswijzeOnlyBeforeSanctionPolicy";

  /** May {@code actor} record the citizen's view now? */
  public PolicyDecision mayRecord(Signal signal, Actor actor) {
    if (signal.phase() != Phase.UITKOMST || !culpable(signal)) {
      return PolicyDecision.refuse(
          NAME,
          "Een zienswijze wordt gevraagd nadat opzet of grove schuld is vastgesteld en"
              + " goedgekeurd, en vóór de uitkomst.",
          "A view is asked after intent or gross negligence was established and approved, and"
              + " before the outcome.");
    }
    if (actor == null || !actor.hasAny(Role.TOEZICHT, Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen een medewerker toezicht of vaktechniek legt een zienswijze vast.",
          "Only a supervision officer or professional-line reviewer records a view.");
    }
    return PolicyDecision.allow(NAME, "Zienswijze vastgelegd.", "View recorded.", null);
  }

  /**
   * The view is asked once: after it was asked (or recorded), asking again is a conflict with the
   * state of the case.
   */
  public PolicyDecision mayRequest(Signal signal, Actor actor) {
    PolicyDecision when = mayRecord(signal, actor);
    if (when.refused()) {
      return when;
    }
    if (signal.zienswijzeRequest() != null || signal.zienswijze() != null) {
      return PolicyDecision.refuse(
          NAME,
          "De burger is al om een zienswijze gevraagd.",
          "The citizen was already asked for their view.",
          Laws.awb("4:8"));
    }
    return PolicyDecision.allow(NAME, "Zienswijze gevraagd.", "View asked.", Laws.awb("4:8"));
  }

  /** Once intent or gross negligence was approved, the view comes before any outcome. */
  public PolicyDecision outcomeMayFollow(Signal signal, DeterminationDraft draft) {
    if (draft.phase() == Phase.UITKOMST && culpable(signal) && signal.zienswijze() == null) {
      return PolicyDecision.refuse(
          NAME,
          "Na vastgestelde opzet of grove schuld wordt eerst de zienswijze van de burger gevraagd"
              + " en vastgelegd; daarna volgt de uitkomst.",
          "After intent or gross negligence was established, the citizen's view is asked and"
              + " recorded first; the outcome follows.",
          Laws.awb("4:8"));
    }
    return PolicyDecision.allow(
        NAME, "De uitkomst mag volgen.", "The outcome may follow.", Laws.awb("4:8"));
  }

  private static boolean culpable(Signal signal) {
    return signal
        .approvedConclusion(Phase.OPZET_GROVE_SCHULD)
        .map(Conclusion::qualifiesAsCulpable)
        .orElse(false);
  }
}
