package nl.toeslagen.objections.api;

import java.time.LocalDate;

/**
 * An objection was received and registered: a CDI event fired synchronously in the intake's
 * transaction, so that central signal management counts it (by the type of decision contested). It
 * carries no citizen number; the objection holds the citizen's data.
 *
 * @param objectionId the objection's id
 * @param caseNumber its case number (BZ-2026-000123)
 * @param contestedDecisionType the {@code ContestedDecisionType} name, e.g. {@code TERUGVORDERING}
 * @param benefitType the {@code BenefitType} name, e.g. {@code HUURTOESLAG}
 * @param receivedDate the day the objection was received
 */
public record ObjectionRegistered(
    String objectionId,
    String caseNumber,
    String contestedDecisionType,
    String benefitType,
    LocalDate receivedDate) {}
