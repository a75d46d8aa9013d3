/** Shared value types of the Toeslagen case-handling system. */
package nl.toeslagen.kernel;
