package nl.toeslagen.kernel;

import java.io.Serializable;
import java.util.Objects;

/**
 * The outcome of a named policy: allowed or refused, always with a reason in Dutch and English and,
 * where there is one, the legal basis.
 *
 * @param policy the name of the policy, e.g. {@code "FourEyes"}
 * @param allowed whether the action may go ahead
 * @param reasonNl the reason in Dutch
 * @param reasonEn the reason in English
 * @param basis the legal basis, or {@code null}
 */
public record PolicyDecision(
    String policy, boolean allowed, String reasonNl, String reasonEn, LegalReference basis)
    implements Serializable {

  public PolicyDecision {
    if (policy == null || policy.isBlank()) {
      throw new IllegalArgumentException("policy must be named");
    }
    Objects.requireNonNull(reasonNl, "reasonNl");
    Objects.requireNonNull(reasonEn, "reasonEn");
  }

  public static PolicyDecision allow(String policy, String reasonNl, String reasonEn) {
    return new PolicyDecision(policy, true, reasonNl, reasonEn, null);
  }

  public static PolicyDecision allow(
      String policy, String reasonNl, String reasonEn, LegalReference basis) {
    return new PolicyDecision(policy, true, reasonNl, reasonEn, basis);
  }

  public static PolicyDecision refuse(String policy, String reasonNl, String reasonEn) {
    return new PolicyDecision(policy, false, reasonNl, reasonEn, null);
  }

  public static PolicyDecision refuse(
      String policy, String reasonNl, String reasonEn, LegalReference basis) {
    return new PolicyDecision(policy, false, reasonNl, reasonEn, basis);
  }

  /** True when the action is refused. */
  public boolean refused() {
    return !allowed;
  }

  /** Throws {@link PolicyViolationException} when the action is refused; does nothing otherwise. */
  public void enforce() {
    if (!allowed) {
      throw new PolicyViolationException(this);
    }
  }

  /** Throws a {@link PolicyViolationException.Kind#CONFLICT} refusal (409) when refused. */
  public void enforceAsConflict() {
    if (!allowed) {
      throw new PolicyViolationException(this).as(PolicyViolationException.Kind.CONFLICT);
    }
  }

  /**
   * Throws a {@link PolicyViolationException.Kind#INVALID} refusal (400) naming {@code field} when
   * refused.
   */
  public void enforceAsInvalid(String field) {
    if (!allowed) {
      throw new PolicyViolationException(this)
          .as(PolicyViolationException.Kind.INVALID)
          .onField(field);
    }
  }

  /**
   * Throws a {@link PolicyViolationException.Kind#UNPROCESSABLE} refusal (422) naming {@code field}
   * when refused.
   */
  public void enforceAsUnprocessable(String field) {
    if (!allowed) {
      throw new PolicyViolationException(this)
          .as(PolicyViolationException.Kind.UNPROCESSABLE)
          .onField(field);
    }
  }

  /** The refusal as an exception (403 unless changed with {@link PolicyViolationException#as}). */
  public PolicyViolationException violation() {
    return new PolicyViolationException(this);
  }
}
