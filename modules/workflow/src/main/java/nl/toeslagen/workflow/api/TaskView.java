package nl.toeslagen.workflow.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A user task as the task list shows it. */
public record TaskView(
    String id,
    String name,
    String taskDefinitionKey,
    String processKey,
    String businessKey,
    String assignee,
    List<String> candidateGroups,
    OffsetDateTime created,
    OffsetDateTime due,
    Map<String, Object> variables) {}
