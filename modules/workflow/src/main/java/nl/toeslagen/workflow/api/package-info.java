/**
 * The ports through which the rest of the system uses the workflow engine. Nothing here names the
 * engine: a move from Camunda 7 to its fork Operaton changes only the workflow module's
 * infrastructure.
 */
package nl.toeslagen.workflow.api;
