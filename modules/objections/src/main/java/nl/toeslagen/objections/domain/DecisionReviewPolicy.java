package nl.toeslagen.objections.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.Role;

/**
 * Named policy "DecisionReviewPolicy" (four eyes): a decision that does not fully grant the
 * objection (anything but GEGROND and INGETROKKEN) must be reviewed by a holder of role VAKTECHNIEK
 * who took no earlier step on the case: not the intake, admissibility, repair, contact, hearing,
 * term changes, and no version of the draft decision. An earlier review (e.g. the one that sent
 * draft 1 back) does not rule the reviewer out.
 *
 * <p>The same rule decides who may claim the review task or be assigned to it. It is an
 * organisational four-eyes measure of the agency; no article of law prescribes it, so the decision
 * carries no legal basis (the Awb's related rules, 7:5 for the hearing official and 10:3 lid 3 for
 * the mandate to decide, are about other persons).
 */
@PolicyRule(
    name = "DecisionReviewPolicy",
    guardsNl =
        "Alleen een vaktechnisch adviseur (VAKTECHNIEK) die nog geen stap in de zaak deed, beoordeelt de beslissing (vier ogen).",
    guardsEn =
        "Only a professional-line reviewer (VAKTECHNIEK) who took no step on the case reviews the decision (four eyes).",
    legalBasis =
        "Eigen norm van de Dienst Toeslagen (vier ogen); geen wetsartikel schrijft dit voor",
    appliesTo = {"Beslissing beoordelen", "Beoordelingstaak claimen of toewijzen"})
public final class DecisionReviewPolicy {

  public static final String NAME = "DecisionReviewPolicy";

  /** Whether a decision with this outcome needs a second person's review. */
  public boolean requiresReview(DecisionOutcome outcome) {
    return new DecisionReviewRequiredPolicy().evaluate(outcome).allowed();
  }

  /** May {@code reviewer} review (approve or reject) this draft, given the steps on the case? */
  public PolicyDecision evaluate(ObjectionDecision draft, List<CaseStep> steps, Actor reviewer) {
    if (!requiresReview(draft.outcome())) {
      return PolicyDecision.refuse(
          NAME,
          "Een beslissing met uitkomst " + draft.outcome() + " hoeft niet te worden beoordeeld.",
          "A decision with outcome " + draft.outcome() + " needs no review.");
    }
    return mayReview(steps, reviewer.userName(), reviewer.roles());
  }

  /**
   * May {@code user} with {@code roles} review the decision of a case with these steps (and so
   * claim or be assigned the review task)? Linear in the number of steps.
   */
  public PolicyDecision mayReview(List<CaseStep> steps, String user, Collection<Role> roles) {
    if (roles == null || !roles.contains(Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          NAME,
          "Alleen een vaktechnisch adviseur (rol VAKTECHNIEK) mag deze beslissing beoordelen.",
          "Only a professional-line reviewer (role VAKTECHNIEK) may review this decision.");
    }
    Set<String> taken = new LinkedHashSet<>();
    for (CaseStep s : steps) {
      if (s.kind().disqualifiesReviewer() && s.by().equals(user)) {
        taken.add(label(s));
      }
    }
    if (!taken.isEmpty()) {
      String list = String.join(", ", taken);
      return PolicyDecision.refuse(
          NAME,
          user
              + " heeft eerder aan dit bezwaar gewerkt ("
              + list
              + "); een tweede persoon die nog geen stap in deze zaak deed, moet de beslissing"
              + " beoordelen (vier ogen).",
          user
              + " took an earlier step on this objection ("
              + list
              + "); a second person who took no step on this case must review the decision (four"
              + " eyes).");
    }
    return PolicyDecision.allow(
        NAME,
        "Beoordeling door " + user + " (VAKTECHNIEK), die geen eerdere stap in deze zaak deed.",
        "Review by " + user + " (VAKTECHNIEK), who took no earlier step on this case.");
  }

  private static String label(CaseStep s) {
    return s.kind() == CaseStep.Kind.DRAFT ? "DRAFT " + s.draftVersion() : s.kind().name();
  }
}
