/**
 * Hardship requests (hardheidsclausule, matiging, payment arrangements, urgent cases). Not yet
 * built: this bounded context has no behaviour until its issue is taken up; it exists so that the
 * module boundaries are fixed.
 */
package nl.toeslagen.hardship;
