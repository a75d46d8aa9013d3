package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Whether a determination may be submitted now; the first refusal of {@link AuthorQualifiedPolicy},
 * {@link PhaseOrderPolicy}, {@link ReasonsRequiredPolicy}, {@link OutcomeFollowsFindingsPolicy},
 * {@link FinePolicy} (with a fine) and {@link ZienswijzeOnlyBeforeSanctionPolicy} wins.
 */
@PolicyRule(
    name = "DeterminationProposalPolicy",
    guardsNl =
        "Een vaststelling wordt ingediend door een bevoegde opsteller, in de fase waarin het"
            + " signaal is, gemotiveerd, en volgt uit de eerdere bevindingen.",
    guardsEn =
        "A determination is submitted by a qualified author, in the signal's phase, with reasons,"
            + " and follows from the earlier findings.",
    legalBasis = "Awb art. 3:2 en 3:46; Awir art. 41",
    appliesTo = {"Vaststelling indienen"})
public final class DeterminationProposalPolicy {

  public static final String NAME = "DeterminationProposalPolicy";

  public PolicyDecision evaluate(
      Signal signal, DeterminationDraft draft, Actor author, LocalDate today) {
    return FourEyesPolicy.firstRefusal(
            () -> new AuthorQualifiedPolicy().evaluate(author),
            () -> new PhaseOrderPolicy().evaluate(signal, draft),
            () -> new ReasonsRequiredPolicy().evaluate(draft.reasons()),
            () -> new OutcomeFollowsFindingsPolicy().evaluate(signal, draft),
            () ->
                draft.fine() == null
                    ? null
                    : new FinePolicy()
                        .evaluate(
                            draft.fine(), signal.zienswijze(), signal.zienswijzeRequest(), today),
            () -> new ZienswijzeOnlyBeforeSanctionPolicy().outcomeMayFollow(signal, draft))
        .orElseGet(
            () ->
                PolicyDecision.allow(
                    NAME,
                    "De vaststelling wacht op goedkeuring door een tweede persoon.",
                    "The determination waits for approval by a second person."));
  }
}
