/**
 * Case law (ECLI-identified rulings), impact analysis and guidance versions. Not yet built: this
 * bounded context has no behaviour until its issue is taken up; it exists so that the module
 * boundaries are fixed.
 */
package nl.toeslagen.caselaw;
