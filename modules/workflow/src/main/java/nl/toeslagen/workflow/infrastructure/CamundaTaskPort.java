package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;
import nl.toeslagen.workflow.api.TaskView;
import nl.toeslagen.workflow.policy.TaskCandidatePolicy;
import nl.toeslagen.workflow.policy.TaskOwnershipPolicy;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * {@link TaskPort} on the embedded engine. The rules of who may claim, release and complete a task
 * are checked here, before the engine is asked, and every refusal names the policy. The acting user
 * is handed to the engine as its authentication, so the audit listener records who did it.
 */
@ApplicationScoped
public class CamundaTaskPort implements TaskPort {

  @Inject ProcessEngine engine;

  @Inject Instance<ActorProvider> actors;

  @Inject jakarta.enterprise.event.Event<AuditEvent> audit;

  @Override
  public List<TaskView> tasks(TaskQuery query) {
    var q = engine.getTaskService().createTaskQuery().active();
    if (query.businessKey() != null) {
      q.processInstanceBusinessKey(query.businessKey());
    }
    if (query.processKey() != null) {
      q.processDefinitionKey(query.processKey());
    }
    if (!query.all()) {
      if (query.assignee() != null) {
        q.taskAssignee(query.assignee());
      } else if (query.candidateGroups() != null) {
        if (query.candidateGroups().isEmpty()) {
          return List.of();
        }
        q.taskCandidateGroupIn(query.candidateGroups());
      }
    }
    if (query.unassignedOnly()) {
      q.taskUnassigned();
    }
    List<TaskView> views = new ArrayList<>();
    for (Task task : q.orderByTaskCreateTime().asc().list()) {
      views.add(view(task));
    }
    return views;
  }

  @Override
  public long openTaskCount() {
    return engine.getTaskService().createTaskQuery().active().count();
  }

  @Override
  public Optional<TaskView> task(String taskId) {
    return Optional.ofNullable(find(taskId)).map(this::view);
  }

  @Override
  public void claim(String taskId, String user) {
    Task task = require(taskId);
    TaskOwnershipPolicy.mayClaim(task.getAssignee(), user).enforceAsConflict();
    Actor actor = currentActor(user);
    TaskCandidatePolicy.mayClaim(
            actor.roles().stream().map(Role::name).toList(),
            actor.has(Role.TEAMLEIDER),
            candidateGroups(taskId))
        .enforce();
    asUser(user, () -> engine.getTaskService().claim(taskId, user));
  }

  @Override
  public void release(String taskId, String user) {
    Task task = require(taskId);
    TaskOwnershipPolicy.mayRelease(
            task.getAssignee(), user, currentActor(user).has(Role.TEAMLEIDER))
        .enforce();
    asUser(user, () -> engine.getTaskService().setAssignee(taskId, null));
  }

  @Override
  public void assign(String taskId, String assignee, String byUser, String reason) {
    Task task = require(taskId);
    if (reason == null || reason.isBlank()) {
      throw new nl.toeslagen.kernel.ValidationException(
          "reason",
          "Geef een reden op voor het toewijzen van de taak.",
          "Give a reason for assigning the task.");
    }
    asUser(byUser, () -> engine.getTaskService().setAssignee(taskId, assignee));
    String roles = currentActor(byUser).rolesText();
    audit.fire(
        new AuditEvent(
            byUser,
            roles.isEmpty() ? null : roles,
            "TASK_REASSIGNED",
            "TASK",
            task.getId(),
            Outcome.SUCCESS,
            null,
            "to " + assignee + ": " + reason));
  }

  @Override
  public void complete(String taskId, String user, Map<String, Object> variables) {
    Task task = require(taskId);
    TaskOwnershipPolicy.mayComplete(task.getAssignee(), user).enforce();
    asUser(user, () -> engine.getTaskService().complete(taskId, variables));
  }

  private void asUser(String user, Runnable action) {
    IdentityService identity = engine.getIdentityService();
    Actor actor = currentActor(user);
    List<String> groups = actor.roles().stream().map(Role::name).sorted().toList();
    identity.setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private Actor currentActor(String user) {
    Supplier<Actor> fallback = () -> new Actor(user, java.util.Set.of());
    if (actors.isUnsatisfied()) {
      return fallback.get();
    }
    try {
      Actor actor = actors.get().current();
      return actor != null && user.equals(actor.userName()) ? actor : fallback.get();
    } catch (ContextNotActiveException e) {
      return fallback.get();
    }
  }

  private Task require(String taskId) {
    Task task = find(taskId);
    if (task == null) {
      throw new NotFoundException("TASK", taskId);
    }
    return task;
  }

  private Task find(String taskId) {
    return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
  }

  private List<String> candidateGroups(String taskId) {
    TaskService tasks = engine.getTaskService();
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private TaskView view(Task task) {
    ProcessDefinition definition =
        engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
    String businessKey =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult()
            .getBusinessKey();
    Map<String, Object> variables = engine.getTaskService().getVariables(task.getId());
    return new TaskView(
        task.getId(),
        task.getName(),
        task.getTaskDefinitionKey(),
        definition.getKey(),
        businessKey,
        task.getAssignee(),
        candidateGroups(task.getId()),
        toOffset(task.getCreateTime()),
        toOffset(task.getDueDate()),
        variables);
  }

  private static OffsetDateTime toOffset(Date date) {
    return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
  }
}
