package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Role;

/** Which role the second person needs to approve a determination. */
public final class RequiredApproverRole {

  private RequiredApproverRole() {}

  /**
   * TOEZICHT for relevance and legality; VAKTECHNIEK (the professional line) for intent and for any
   * outcome that qualifies conduct as intentional or grossly negligent; TOEZICHT for other
   * outcomes.
   */
  public static Role of(Phase phase, Conclusion conclusion) {
    return switch (phase) {
      case RELEVANTIE, RECHTMATIGHEID -> Role.TOEZICHT;
      case OPZET_GROVE_SCHULD -> Role.VAKTECHNIEK;
      case UITKOMST -> conclusion.qualifiesAsCulpable() ? Role.VAKTECHNIEK : Role.TOEZICHT;
      case AFGESLOTEN -> throw new IllegalArgumentException("nothing to approve when closed");
    };
  }
}
