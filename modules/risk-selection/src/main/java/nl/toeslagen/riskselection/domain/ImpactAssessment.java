package nl.toeslagen.riskselection.domain;

/**
 * The answers of the human-rights and algorithms impact assessment (IAMA) for a rule set.
 *
 * @param purpose what the rule set is for and why selection is needed
 * @param legalBasis the legal basis of the processing
 * @param proportionality proportionality and subsidiarity: why this, why not less intrusive means
 * @param humanOversight how people oversee and decide (a selection never decides by itself)
 * @param fundamentalRightsRisks the risks for fundamental rights (equal treatment, privacy)
 * @param mitigations the measures against those risks
 */
public record ImpactAssessment(
    String purpose,
    String legalBasis,
    String proportionality,
    String humanOversight,
    String fundamentalRightsRisks,
    String mitigations) {}
