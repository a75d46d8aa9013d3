/**
 * Risk-selection safeguards (waarborgenkader selectie-instrumenten): the selection-rule register,
 * safeguard policies, selection runs, control samples and bias monitoring. Not yet built: this
 * bounded context has no behaviour until its issue is taken up; it exists so that the module
 * boundaries are fixed from the start.
 */
package nl.toeslagen.riskselection;
