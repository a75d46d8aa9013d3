package nl.toeslagen.fraudreview.domain;

import nl.toeslagen.kernel.Money;

/**
 * A calculated fine proposal.
 *
 * @param recovery the recovery the fine is based on
 * @param percentage the percentage applied (0 when art. 42 applies)
 * @param maximumPercentage 100, or 150 for a repeat within five years
 * @param repeatWithinFiveYears whether an earlier fine became final within five years
 * @param correctedBeforeAware whether Awir art. 42 applies (no fine)
 * @param reportReference the report the fine is based on, may be {@code null} up to EUR 340
 * @param amount the proposed fine
 */
public record FineProposal(
    Money recovery,
    int percentage,
    int maximumPercentage,
    boolean repeatWithinFiveYears,
    boolean correctedBeforeAware,
    String reportReference,
    Money amount) {}
