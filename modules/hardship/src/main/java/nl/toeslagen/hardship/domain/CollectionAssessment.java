package nl.toeslagen.hardship.domain;

import java.util.List;
import java.util.Objects;
import nl.toeslagen.kernel.PolicyDecision;

/**
 * The outcome of {@link CollectionRules#assess}: whether and how the recovery is collected, with
 * every rule that decided it.
 *
 * @param collect whether the recovery is collected (a standard arrangement or a personal plan)
 * @param arrangement how it is collected, or why not
 * @param monthlyTermCents the term of every month but the last; {@code null} when nothing is
 *     collected in terms
 * @param lastTermCents the last term (at most {@code monthlyTermCents}); {@code null} with it
 * @param terms the number of terms; 0 when nothing is collected in terms
 * @param zienswijzeRequired whether the citizen's view must be asked before the recovery decision
 *     (evaluated for every case, independent of the arrangement)
 * @param thresholdCents the efficiency threshold applied, or {@code null} when none was applied (an
 *     advance, a decision before 2021, or a UHT pause that decided first)
 * @param thresholdYear the year of the published figure applied; 0 when none was applied
 * @param thresholdSource where the figure applied was published, or {@code null}
 * @param thresholdProvisional true when no figure was loaded for the decision's year and the latest
 *     earlier figure was used (the reasons say so; check the amount)
 * @param capacityCents the capacity to pay per month: income minus the protected income, at least 0
 * @param reasons every rule evaluated, in order, with its reason and legal basis
 */
public record CollectionAssessment(
    boolean collect,
    CollectionArrangement arrangement,
    Long monthlyTermCents,
    Long lastTermCents,
    int terms,
    boolean zienswijzeRequired,
    Long thresholdCents,
    int thresholdYear,
    String thresholdSource,
    boolean thresholdProvisional,
    Long capacityCents,
    List<Reason> reasons) {

  public CollectionAssessment {
    Objects.requireNonNull(arrangement, "arrangement");
    reasons = List.copyOf(reasons);
  }

  /**
   * Why: one rule's outcome.
   *
   * @param policy the policy's name
   * @param reasonNl the reason in Dutch
   * @param reasonEn the reason in English
   * @param legalBasis the legal basis (or the agency's norm) of the rule, as a citation
   */
  public record Reason(String policy, String reasonNl, String reasonEn, String legalBasis) {

    /** The reason of a policy's decision, with the rule's legal basis. */
    public static Reason of(PolicyDecision decision, String legalBasis) {
      return new Reason(decision.policy(), decision.reasonNl(), decision.reasonEn(), legalBasis);
    }
  }
}
