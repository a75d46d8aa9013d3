package nl.toeslagen.caselaw.application;

import java.time.LocalDate;

/**
 * Internal to the signal register: a signal was recorded. Fired in the recording transaction; its
 * category is counted against the threshold once that has committed ({@link SignalThresholdWatch}).
 *
 * @param signalId the signal's id
 * @param category its category code
 * @param date its date
 */
public record SignalRecorded(String signalId, String category, LocalDate date) {}
