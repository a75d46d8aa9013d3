package nl.toeslagen.objections.domain;

import java.time.LocalDate;

/**
 * One recorded move of the decision deadline.
 *
 * @param kind extension, postponement with consent, or suspension
 * @param recordedOn the day it was recorded
 * @param previousDeadline the deadline before
 * @param newDeadline the deadline after
 * @param reasons why (for consent: what the objector agreed to and how)
 */
public record TermChange(
    TermChangeKind kind,
    LocalDate recordedOn,
    LocalDate previousDeadline,
    LocalDate newDeadline,
    String reasons) {}
