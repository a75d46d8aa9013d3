package nl.toeslagen.riskselection.domain;

import java.time.Instant;

/**
 * The outcome of a bias test of a rule set on synthetic households.
 *
 * @param passed whether no group was flagged
 * @param households how many synthetic households were scored
 * @param correlation the proxy correlation of the synthetic data
 * @param summary the flagged groups, or that none were, in Dutch
 * @param ranBy who ran it
 * @param at when
 */
public record BiasTestResult(
    boolean passed, int households, double correlation, String summary, String ranBy, Instant at) {}
