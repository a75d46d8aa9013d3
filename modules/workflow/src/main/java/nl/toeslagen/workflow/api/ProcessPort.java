package nl.toeslagen.workflow.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts and steers process instances. Business keys are the case ids of the context modules. */
public interface ProcessPort {

  /** Starts the latest version of the process with this key; returns the process instance id. */
  String start(String processKey, String businessKey, Map<String, Object> variables);

  /** Delivers a message (e.g. "ObjectionWithdrawn") to the instance with this business key. */
  void correlate(String messageName, String businessKey, Map<String, Object> variables);

  /** Ids of the activities the instance currently waits in (empty when it has ended). */
  List<String> activeActivityIds(String businessKey);

  boolean isRunning(String businessKey);

  /** The BPMN 2.0 XML of the definition the instance runs, to draw the diagram in the UI. */
  Optional<String> diagramXml(String businessKey);
}
