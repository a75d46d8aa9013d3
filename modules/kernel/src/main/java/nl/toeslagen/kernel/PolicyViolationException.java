package nl.toeslagen.kernel;

import java.util.Objects;

/**
 * A named policy refused the action. The messages are the reasons of the refusing {@link
 * PolicyDecision}. Optionally names the object the refused action was about (e.g. {@code SIGNAL}
 * and its id), so that the audit entry of the refusal can point at it.
 *
 * <p>This is the one way a rule refuses, whatever layer it is checked in: the web module's
 * exception mapper answers it as problem+json with the policy's name and writes one REFUSED audit
 * entry (in its own transaction), whatever its {@link Kind}. A legal rule never throws an unnamed
 * exception.
 */
public class PolicyViolationException extends DomainException {

  private static final long serialVersionUID = 1L;

  /** How the refusal is answered; every kind is audited the same way. */
  public enum Kind {
    /** The actor may not do this (HTTP 403). */
    FORBIDDEN,
    /** The case is not in a state that allows it (HTTP 409). */
    CONFLICT,
    /** The input breaks the rule (HTTP 400, naming the field). */
    INVALID,
    /**
     * The request is well formed but what it asks for breaks a safeguard (HTTP 422, naming the
     * field), e.g. a selection rule that uses a prohibited feature.
     */
    UNPROCESSABLE
  }

  private final PolicyDecision decision;
  private Kind kind = Kind.FORBIDDEN;
  private String auditAction;
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
    named.kind = kind;
    named.auditAction = auditAction;
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

  /** Answers the refusal as {@code kind} (default {@link Kind#FORBIDDEN}). */
  public PolicyViolationException as(Kind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    return this;
  }

  /** How the refusal is answered. */
  public Kind kind() {
    return kind;
  }

  /**
   * Names the audit action of the refusal (e.g. {@code DETERMINATION_REFUSED}); by default the
   * entry is named after the refused operation.
   */
  public PolicyViolationException audited(String action) {
    this.auditAction = action;
    return this;
  }

  /** The audit action the refusal is recorded under, or {@code null} for the default. */
  public String auditAction() {
    return auditAction;
  }
}
