/**
 * The case-law loop: appeals against objection decisions (beroep, hoger beroep), the rulings
 * register (ECLI), the professional line's impact analysis with versioned work instructions and the
 * review of matching open cases, the count of losses, and the central register of signals with its
 * escalations to management. See {@code docs/case-law.md}.
 */
package nl.toeslagen.caselaw;
