/**
 * Deliberate violations of the architecture rules, one small class per rule, so that {@code
 * ArchitectureRuleFixturesTest} can show each rule failing. Test classes only: the production
 * import of {@code ArchitectureTest} leaves them out.
 */
package nl.toeslagen.archfixture;
