package nl.toeslagen.archfixture.policy;

import nl.toeslagen.kernel.PolicyRule;

/** Violation: its @PolicyRule name is not its class name. */
@PolicyRule(
    name = "Misnamed",
    guardsNl = "Voorbeeld",
    guardsEn = "Example",
    legalBasis = "Geen",
    appliesTo = {"Test"})
public final class MisnamedPolicy {}
