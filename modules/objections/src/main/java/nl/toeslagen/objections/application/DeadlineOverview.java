package nl.toeslagen.objections.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The team manager's view of the legal terms: every open case by deadline. {@code open} = {@code
 * overdue} + {@code dueSoon} (ten working days or fewer left) + {@code onTrack}; {@code inDefault}
 * counts the open cases with a notice of default, whose running penalties add up to {@code
 * penaltyTotal}; all of these count every open case. {@code cases} is one page of them ({@code
 * page}, 0-based, of {@code size}), soonest deadline first; {@code inDefaultCases} every open case
 * with a notice of default (their penalties run, so the manager sees them all). {@code
 * decidedThisYear} = {@code decidedInTimeThisYear} + {@code decidedLateThisYear}; {@code
 * inTimePercentage} is the KPI against the norm of 90% ({@code normPercentage}); null while nothing
 * was decided this year.
 */
public record DeadlineOverview(
    LocalDate today,
    long open,
    long overdue,
    long dueSoon,
    long onTrack,
    long inDefault,
    long penaltyTotalCents,
    String penaltyTotal,
    long decidedThisYear,
    long decidedInTimeThisYear,
    long decidedLateThisYear,
    BigDecimal inTimePercentage,
    BigDecimal normPercentage,
    boolean meetsNorm,
    int page,
    int size,
    List<ObjectionView> cases,
    List<ObjectionView> inDefaultCases) {}
