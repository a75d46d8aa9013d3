package nl.toeslagen.workflow.api;

/**
 * A message delivered to the process of this case may have changed what the task list shows of it
 * (its deadline, its label): fired inside the transaction of the change.
 *
 * @param businessKey the case id
 */
public record CaseFactsChanged(String businessKey) {}
