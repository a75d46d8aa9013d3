package nl.toeslagen.kernel;

import java.util.Objects;

/**
 * A named policy refused the action (maps to HTTP 403). The messages are the reasons of the
 * refusing {@link PolicyDecision}.
 */
public class PolicyViolationException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final PolicyDecision decision;

  public PolicyViolationException(PolicyDecision decision) {
    super(Objects.requireNonNull(decision, "decision").reasonNl(), decision.reasonEn());
    this.decision = decision;
  }

  /** The refusing decision: policy name, reasons and legal basis. */
  public PolicyDecision decision() {
    return decision;
  }
}
