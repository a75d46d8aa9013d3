package nl.toeslagen.riskselection.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One reviewed step: who took it, whether they approved, and why.
 *
 * @param step the step
 * @param actor the user who took it
 * @param approved whether they approved (for the suspension review: reinstated)
 * @param reasons their reasons
 * @param at when
 */
public record Approval(
    ApprovalStep step, String actor, boolean approved, String reasons, Instant at) {

  public Approval {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
  }
}
