package nl.toeslagen.hardship.api;

import java.time.LocalDate;

/**
 * A hardship request's assessment recorded a signal for policy (a law that bites): a CDI event
 * fired synchronously in the assessing transaction, so that central signal management counts it. It
 * carries no citizen number; the request holds the citizen's data.
 *
 * @param requestId the hardship request's id
 * @param caseNumber its case number (HH-2026-000123)
 * @param category the {@code PolicySignalCategory} name, e.g. {@code ONBEDOELD_PARTNERSCHAP}
 * @param outcome the assessment's outcome ({@code HardshipOutcome} name)
 * @param benefitType the benefit concerned ({@code BenefitType} name)
 * @param note the handler's note on the signal, or null
 * @param date the day of the assessment
 */
public record HardshipPolicySignalRecorded(
    String requestId,
    String caseNumber,
    String category,
    String outcome,
    String benefitType,
    String note,
    LocalDate date) {}
