package nl.toeslagen.caselaw.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * The objection decision an appeal is lodged against, as the objections context reports it: whether
 * it was decided (sent), when, and who drafted and reviewed it (the four-eyes check before a higher
 * appeal keeps them out).
 *
 * @param objectionId the objection's id
 * @param caseNumber its case number (BZ-…)
 * @param decided whether the decision was sent
 * @param stage the objection's stage name, for the reason of a refusal
 * @param decidedOn the day the decision was sent, or {@code null}
 * @param drafters who drafted a version of the decision
 * @param reviewers who reviewed a draft of the decision
 */
public record AppealedDecision(
    String objectionId,
    String caseNumber,
    boolean decided,
    String stage,
    LocalDate decidedOn,
    Set<String> drafters,
    Set<String> reviewers) {

  public AppealedDecision {
    drafters = drafters == null ? Set.of() : Set.copyOf(drafters);
    reviewers = reviewers == null ? Set.of() : Set.copyOf(reviewers);
  }
}
