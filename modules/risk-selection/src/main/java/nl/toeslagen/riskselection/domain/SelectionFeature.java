package nl.toeslagen.riskselection.domain;

import java.util.Objects;

/**
 * An attribute a selection rule may refer to, with where it comes from and how far it may be used.
 *
 * @param code the name rules and batches use (e.g. {@code inkomenswijziging_pct})
 * @param labelNl its name in plain Dutch
 * @param descriptionNl what it means, in Dutch
 * @param source where the agency gets it (e.g. "aanvraag", "BRP", "Belastingdienst")
 * @param type the type of its values
 * @param classification how far rules may use it
 * @param protectedGround whether it is itself a protected ground (nationality, origin, ethnicity):
 *     such a feature is prohibited for good and kept only in the monitoring view
 * @param reasonNl why it has this classification, in Dutch
 */
public record SelectionFeature(
    String code,
    String labelNl,
    String descriptionNl,
    String source,
    FeatureType type,
    FeatureClassification classification,
    boolean protectedGround,
    String reasonNl) {

  public SelectionFeature {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(classification, "classification");
  }

  /** The same feature with another classification (after an approved change). */
  public SelectionFeature classifiedAs(FeatureClassification other, String reason) {
    return new SelectionFeature(
        code, labelNl, descriptionNl, source, type, other, protectedGround, reason);
  }
}
