package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Money;

/**
 * The decision setting the penalty for late decision (Awb 4:18): whether it is due and how much.
 *
 * @param finding the handler's finding under Awb 4:17 lid 6, or {@code null}
 * @param findingReasons the handler's reasons for the finding, or {@code null} without one
 * @param firstPenaltyDay the first day due
 * @param lastPenaltyDay the last day due
 * @param fullWeeks the full weeks counted
 * @param cap the cap that applied
 * @param amount the amount set
 * @param decidedOn the day the penalty was set
 * @param decidedBy who set it
 */
public record PenaltyDecision(
    ManifestFinding finding,
    String findingReasons,
    LocalDate firstPenaltyDay,
    LocalDate lastPenaltyDay,
    long fullWeeks,
    Money cap,
    Money amount,
    LocalDate decidedOn,
    String decidedBy) {}
