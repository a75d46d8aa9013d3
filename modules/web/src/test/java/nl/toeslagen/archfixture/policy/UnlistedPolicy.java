package nl.toeslagen.archfixture.policy;

import nl.toeslagen.kernel.PolicyRule;

/** Violation: a policy no PolicySet lists, so the catalogue would miss it. */
@PolicyRule(
    name = "UnlistedPolicy",
    guardsNl = "Voorbeeld",
    guardsEn = "Example",
    legalBasis = "Geen",
    appliesTo = {"Test"})
public final class UnlistedPolicy {}
