package nl.toeslagen.kernel;

import java.util.Objects;

/**
 * A named policy refused the action (maps to HTTP 403). The messages are the reasons of the
 * refusing {@link PolicyDecision}. Optionally names the object the refused action was about (e.g.
 * {@code SIGNAL} and its id), so that the audit entry of the refusal can point at it.
 */
public class PolicyViolationException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final PolicyDecision decision;
  private final String objectType;
  private final String objectId;
  private String field;

  public PolicyViolationException(PolicyDecision decision) {
    this(decision, null, null);
  }

  /**
   * @param decision the refusing decision
   * @param objectType what the refused action was about, e.g. {@code "SIGNAL"}; may be null
   * @param objectId the id of that object; may be null
   */
  public PolicyViolationException(PolicyDecision decision, String objectType, String objectId) {
    super(Objects.requireNonNull(decision, "decision").reasonNl(), decision.reasonEn());
    this.decision = decision;
    this.objectType = objectType;
    this.objectId = objectId;
  }

  /** The refusing decision: policy name, reasons and legal basis. */
  public PolicyDecision decision() {
    return decision;
  }

  /** What the refused action was about, or {@code null} when not known. */
  public String objectType() {
    return objectType;
  }

  /** The id of the object the refused action was about, or {@code null}. */
  public String objectId() {
    return objectId;
  }

  /** The same refusal, naming the object it was about. */
  public PolicyViolationException about(String type, String id) {
    PolicyViolationException named = new PolicyViolationException(decision, type, id);
    named.field = field;
    named.setStackTrace(getStackTrace());
    return named;
  }

  /** Names the input (JSON path) the refusal is about, e.g. {@code "roles"}. */
  public PolicyViolationException onField(String name) {
    this.field = name;
    return this;
  }

  /** The input the refusal is about, or {@code null}. */
  public String field() {
    return field;
  }
}
