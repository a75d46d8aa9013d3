package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Phases run in order: relevance, legality, intent (only if the award was wrong), outcome. One
 * determination at a time; a conclusion belongs to its phase.
 */
@PolicyRule(
    name = "PhaseOrderPolicy",
    guardsNl =
        "Fasen lopen in volgorde, één vaststelling tegelijk, de conclusie hoort bij de fase.",
    guardsEn =
        "Phases run in order, one determination at a time, the conclusion belongs to its phase.",
    legalBasis = "Awb art. 3:2 (zorgvuldige voorbereiding)",
    appliesTo = {"Vaststelling indienen", "Vaststelling beoordelen"})
public final class PhaseOrderPolicy {

  public static final String NAME = "PhaseOrderPolicy";

  public PolicyDecision evaluate(Signal signal, DeterminationDraft draft) {
    if (signal.isClosed()) {
      return PolicyDecision.refuse(
          NAME,
          "Dit signaal is afgesloten; er kan niets meer worden vastgesteld.",
          "This signal is closed; nothing more can be determined.");
    }
    if (draft.phase() == null || draft.conclusion() == null) {
      return PolicyDecision.refuse(
          NAME,
          "Geef de fase en de conclusie van de vaststelling.",
          "State the phase and the conclusion of the determination.");
    }
    if (draft.phase() != signal.phase()) {
      return PolicyDecision.refuse(
          NAME,
          "Dit signaal is in de fase "
              + signal.phase().nl()
              + "; een vaststelling voor de fase "
              + draft.phase().nl()
              + " kan nu niet.",
          "This signal is in the phase "
              + signal.phase().en()
              + "; a determination for the phase "
              + draft.phase().en()
              + " is not possible now.");
    }
    if (draft.conclusion().phase() != draft.phase()) {
      return PolicyDecision.refuse(
          NAME,
          "De conclusie "
              + draft.conclusion()
              + " hoort niet bij de fase "
              + draft.phase().nl()
              + ".",
          "The conclusion "
              + draft.conclusion()
              + " does not belong to the phase "
              + draft.phase().en()
              + ".");
    }
    if (signal.awaitingApproval().isPresent()) {
      return PolicyDecision.refuse(
          NAME,
          "Er wacht al een vaststelling op goedkeuring; die moet eerst worden beoordeeld.",
          "A determination is already waiting for approval; it must be reviewed first.");
    }
    return PolicyDecision.allow(
        NAME, "De vaststelling past in de fase.", "The determination fits the phase.");
  }

  /** A determination is reviewed once: only while it waits for approval. */
  public PolicyDecision awaitsReview(Determination determination) {
    if (!determination.isAwaitingApproval()) {
      return PolicyDecision.refuse(
          NAME,
          "Deze vaststelling is al beoordeeld.",
          "This determination has already been reviewed.");
    }
    return PolicyDecision.allow(
        NAME, "De vaststelling wacht op beoordeling.", "The determination awaits review.");
  }
}
