package nl.toeslagen.archfixture.policy;

import nl.toeslagen.kernel.PolicyRule;

/** A well-formed policy, listed in {@link FixturePolicies}. */
@PolicyRule(
    name = "ListedPolicy",
    guardsNl = "Voorbeeld",
    guardsEn = "Example",
    legalBasis = "Geen",
    appliesTo = {"Test"})
public final class ListedPolicy {}
