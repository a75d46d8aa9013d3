package nl.toeslagen.fraudreview.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * The four-eyes rule as a whole: a determination that still waits is reviewed by a second,
 * qualified person. The first refusal of {@link PhaseOrderPolicy} (already reviewed), {@link
 * FourEyesNotAuthorPolicy}, {@link FourEyesNoEarlierAuthorPolicy} and {@link FourEyesRolePolicy}
 * wins.
 */
@PolicyRule(
    name = "FourEyesPolicy",
    guardsNl = "Een vaststelling heeft pas gevolg als een tweede, bevoegde persoon haar goedkeurt.",
    guardsEn = "A determination takes effect only when a second, qualified person approves it.",
    legalBasis = "Awb art. 3:2; eigen norm Dienst Toeslagen (vier ogen)",
    appliesTo = {"Vaststelling beoordelen", "Goedkeuringstaak oppakken of toewijzen"})
public final class FourEyesPolicy {

  public static final String NAME = "FourEyesPolicy";

  public PolicyDecision evaluate(
      Determination determination, List<Determination> all, Actor reviewer) {
    return firstRefusal(
            () -> new PhaseOrderPolicy().awaitsReview(determination),
            () -> new FourEyesNotAuthorPolicy().evaluate(determination, reviewer),
            () -> new FourEyesNoEarlierAuthorPolicy().evaluate(determination, all, reviewer),
            () -> new FourEyesRolePolicy().evaluate(determination, reviewer))
        .orElseGet(
            () ->
                PolicyDecision.allow(
                    NAME,
                    "Een tweede, bevoegde persoon beoordeelt de vaststelling.",
                    "A second, qualified person reviews the determination."));
  }

  @SafeVarargs
  static Optional<PolicyDecision> firstRefusal(Supplier<PolicyDecision>... policies) {
    return Stream.of(policies).map(Supplier::get).filter(d -> d != null && d.refused()).findFirst();
  }
}
