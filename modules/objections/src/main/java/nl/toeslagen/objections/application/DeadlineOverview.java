package nl.toeslagen.objections.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The team manager's view of the legal terms: every open case by deadline. {@code open} = {@code
 * overdue} + {@code dueSoon} (ten working days or fewer left) + {@code onTrack}; {@code inDefault}
 * counts the open cases with a notice of default, whose running penalties add up to {@code
 * penaltyTotal}. {@code decidedThisYear} = {@code decidedInTimeThisYear} + {@code
 * decidedLateThisYear}; {@code inTimePercentage} is the KPI against the norm of 90% ({@code
 * normPercentage}); null while nothing was decided this year.
 */
public record DeadlineOverview(
    LocalDate today,
    int open,
    int overdue,
    int dueSoon,
    int onTrack,
    int inDefault,
    long penaltyTotalCents,
    String penaltyTotal,
    long decidedThisYear,
    long decidedInTimeThisYear,
    long decidedLateThisYear,
    BigDecimal inTimePercentage,
    BigDecimal normPercentage,
    boolean meetsNorm,
    List<ObjectionView> cases) {}
