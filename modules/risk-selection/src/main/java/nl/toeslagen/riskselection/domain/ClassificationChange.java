package nl.toeslagen.riskselection.domain;

import java.time.Instant;
import java.util.Objects;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.ConflictException;

/**
 * A proposed change of one feature's classification: a privacy adviser proposes it with a
 * justification, a second privacy adviser approves or rejects it. Only an approved change takes
 * effect in the catalogue.
 */
public final class ClassificationChange {

  /** The object type in the audit trail. */
  public static final String OBJECT_TYPE = "FEATURE_CLASSIFICATION";

  /** Where a change stands. */
  public enum Status {
    PROPOSED("Voorgesteld"),
    APPROVED("Goedgekeurd"),
    REJECTED("Afgewezen");

    private final String labelNl;

    Status(String labelNl) {
      this.labelNl = labelNl;
    }

    public String labelNl() {
      return labelNl;
    }
  }

  private final String id;
  private final String feature;
  private final FeatureClassification from;
  private final FeatureClassification to;
  private final String justification;
  private final String proposedBy;
  private final Instant proposedAt;
  private Status status;
  private String decidedBy;
  private Instant decidedAt;
  private String decisionReasons;

  public ClassificationChange(
      String id,
      String feature,
      FeatureClassification from,
      FeatureClassification to,
      String justification,
      String proposedBy,
      Instant proposedAt,
      Status status,
      String decidedBy,
      Instant decidedAt,
      String decisionReasons) {
    this.id = CaseId.of(id).value();
    this.feature = Objects.requireNonNull(feature);
    this.from = Objects.requireNonNull(from);
    this.to = Objects.requireNonNull(to);
    this.justification = justification;
    this.proposedBy = Objects.requireNonNull(proposedBy);
    this.proposedAt = Objects.requireNonNull(proposedAt);
    this.status = Objects.requireNonNull(status);
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.decisionReasons = decisionReasons;
  }

  /**
   * Proposes a change; a protected ground stays prohibited ({@link
   * ProtectedGroundsStayProhibitedPolicy}) and a change must change something.
   */
  public static ClassificationChange propose(
      SelectionFeature feature,
      FeatureClassification to,
      String justification,
      Actor proposer,
      Instant now) {
    new ProtectedGroundsStayProhibitedPolicy().evaluate(feature, to).enforceAsInvalid("to");
    if (feature.classification() == to) {
      throw new ConflictException(
          "De kenmerk heeft deze classificatie al.",
          "The feature already has this classification.");
    }
    return new ClassificationChange(
        CaseId.generate().value(),
        feature.code(),
        feature.classification(),
        to,
        justification,
        proposer.userName(),
        now,
        Status.PROPOSED,
        null,
        null,
        null);
  }

  /** A second privacy adviser approves or rejects the change. */
  public void decide(boolean approve, String reasons, Actor decider, Instant now) {
    if (status != Status.PROPOSED) {
      throw new ConflictException(
          "Over deze wijziging is al besloten.", "This change has already been decided.");
    }
    new ClassificationFourEyesPolicy().evaluate(this, decider).enforce();
    this.status = approve ? Status.APPROVED : Status.REJECTED;
    this.decidedBy = decider.userName();
    this.decidedAt = now;
    this.decisionReasons = reasons;
  }

  public String id() {
    return id;
  }

  public String feature() {
    return feature;
  }

  public FeatureClassification from() {
    return from;
  }

  public FeatureClassification to() {
    return to;
  }

  public String justification() {
    return justification;
  }

  public String proposedBy() {
    return proposedBy;
  }

  public Instant proposedAt() {
    return proposedAt;
  }

  public Status status() {
    return status;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionReasons() {
    return decisionReasons;
  }
}
