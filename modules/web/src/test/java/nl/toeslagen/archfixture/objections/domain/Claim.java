package nl.toeslagen.archfixture.objections.domain;

/** A well-formed domain class: java.* only. */
public record Claim(String id) {}
