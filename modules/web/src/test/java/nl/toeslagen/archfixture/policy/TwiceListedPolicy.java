package nl.toeslagen.archfixture.policy;

import nl.toeslagen.kernel.PolicyRule;

/** Violation: a policy listed in two PolicySets. */
@PolicyRule(
    name = "TwiceListedPolicy",
    guardsNl = "Voorbeeld",
    guardsEn = "Example",
    legalBasis = "Geen",
    appliesTo = {"Test"})
public final class TwiceListedPolicy {}
