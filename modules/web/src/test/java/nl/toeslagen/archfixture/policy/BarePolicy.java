package nl.toeslagen.archfixture.policy;

/** Violation: named a policy but without @PolicyRule. */
public final class BarePolicy {}
