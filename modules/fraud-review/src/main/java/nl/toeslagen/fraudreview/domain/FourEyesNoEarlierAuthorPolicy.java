package nl.toeslagen.fraudreview.domain;

import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Four eyes across phases: whoever authored any earlier determination on the same signal cannot
 * approve a later one, so nobody approves work built on their own findings. A determination its
 * author withdrew before review never took effect and is not built upon: it does not count.
 */
@PolicyRule(
    name = "FourEyesNoEarlierAuthorPolicy",
    guardsNl = "Wie een eerdere vaststelling over het signaal opstelde, beoordeelt geen latere.",
    guardsEn = "Whoever authored an earlier determination on the signal reviews no later one.",
    legalBasis = "Awb art. 3:2; eigen norm Dienst Toeslagen (vier ogen)",
    appliesTo = {"Vaststelling beoordelen", "Goedkeuringstaak oppakken of toewijzen"})
public final class FourEyesNoEarlierAuthorPolicy {

  public static final String NAME = "FourEyesNoEarlierAuthorPolicy";

  public PolicyDecision evaluate(
      Determination determination, List<Determination> all, Actor approver) {
    boolean authoredEarlier =
        all.stream()
            .filter(d -> !d.id().equals(determination.id()) && !d.isWithdrawn())
            .anyMatch(d -> d.author().equals(approver.userName()));
    if (authoredEarlier) {
      return PolicyDecision.refuse(
          NAME,
          "U heeft eerder een vaststelling over dit signaal opgesteld en kunt daarom deze"
              + " vaststelling niet beoordelen.",
          "You authored an earlier determination on this signal and therefore cannot review this"
              + " one.");
    }
    return PolicyDecision.allow(
        NAME,
        "De beoordelaar heeft geen eerdere vaststelling over dit signaal opgesteld.",
        "The approver authored no earlier determination on this signal.");
  }
}
