package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import nl.toeslagen.hardship.domain.CollectionAssessment;
import nl.toeslagen.hardship.domain.CollectionCase;
import nl.toeslagen.hardship.domain.CollectionRules;
import nl.toeslagen.hardship.domain.EfficiencyThresholdPolicy;
import nl.toeslagen.hardship.domain.EfficiencyThresholds;
import nl.toeslagen.hardship.domain.PaymentCapacityPolicy;
import nl.toeslagen.hardship.domain.RecoveryKind;
import nl.toeslagen.hardship.domain.StandardArrangementPolicy;
import nl.toeslagen.hardship.domain.Steps;

/**
 * The payment plan of an assessment, computed by the collection rules from the figures the handler
 * entered (income, protected income, running advance): the same rules as {@code POST
 * /api/collection/assessment}, so the letter's terms and the collection agree.
 */
@ApplicationScoped
public class PaymentPlans {

  @Inject Clock clock;

  private volatile CollectionRules rules;

  Steps.PaymentPlan plan(long recoveryCents, HardshipCommands.PlanFigures f, LocalDate today) {
    long income = f.monthlyIncomeCents() == null ? -1 : f.monthlyIncomeCents();
    long protectedIncome = f.beslagvrijeVoetCents() == null ? -1 : f.beslagvrijeVoetCents();
    long advance = f.monthlyAdvanceCents() == null ? 0 : f.monthlyAdvanceCents();
    CollectionAssessment a =
        rules()
            .assess(
                new CollectionCase(
                    recoveryCents,
                    RecoveryKind.DEFINITIEVE_TOEKENNING,
                    today,
                    advance,
                    income,
                    protectedIncome,
                    false));
    return new Steps.PaymentPlan(
        income,
        protectedIncome,
        advance,
        a.arrangement().name(),
        a.monthlyTermCents(),
        a.lastTermCents(),
        a.terms(),
        a.reasons().stream()
            .filter(reason -> aboutThePlan(reason, a))
            .map(CollectionAssessment.Reason::reasonNl)
            .toList());
  }

  /**
   * The reasons that explain the plan: the standard arrangement and the capacity to pay, and the
   * threshold only when it decided (the decision date here is the assessment's day, not the
   * recovery's, so the threshold's and the citizen's-view rules say nothing about the recovery).
   */
  private static boolean aboutThePlan(CollectionAssessment.Reason reason, CollectionAssessment a) {
    return switch (reason.policy()) {
      case StandardArrangementPolicy.NAME, PaymentCapacityPolicy.NAME -> true;
      case EfficiencyThresholdPolicy.NAME ->
          a.arrangement()
              == nl.toeslagen.hardship.domain.CollectionArrangement.NONE_BELOW_THRESHOLD;
      default -> false;
    };
  }

  private CollectionRules rules() {
    CollectionRules r = rules;
    if (r == null) {
      r = new CollectionRules(EfficiencyThresholds.load(), clock);
      rules = r;
    }
    return r;
  }
}
