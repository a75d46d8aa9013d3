package nl.toeslagen.objections.domain;

/**
 * The answer to one ground of the objection.
 *
 * @param ground the ground as the objector put it
 * @param upheld whether the ground succeeds
 * @param reasons why, in plain language
 */
public record GroundAnswer(String ground, boolean upheld, String reasons) {}
