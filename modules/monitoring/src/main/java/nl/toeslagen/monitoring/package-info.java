/**
 * Monitoring for managers: deadlines, KPIs and workload. Not yet built beyond what the context
 * modules expose; it exists so that the module boundaries are fixed.
 */
package nl.toeslagen.monitoring;
