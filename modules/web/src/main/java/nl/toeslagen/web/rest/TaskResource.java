package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.TaskEligibility;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.web.notification.AssignmentNotices;
import nl.toeslagen.web.security.TaskListScopePolicy;
import nl.toeslagen.web.security.UserAccount;
import nl.toeslagen.web.security.UserDirectory;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;
import nl.toeslagen.workflow.api.TaskView;
import nl.toeslagen.workflow.policy.TaskCandidatePolicy;

/**
 * The task list: my tasks, my team's unassigned tasks (offered to my roles), or all open tasks
 * (managers); claim, release, and assignment by a manager with a reason (also in bulk). Sorted by
 * legal deadline, soonest first. Processes put plain values on their instances that the list shows:
 * {@code caseLabel}, {@code citizen} (masked BSN), {@code benefitType}, {@code stage} and {@code
 * deadline} (the legal deadline as a date).
 */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Inject TaskPort tasks;

  @Inject ActorProvider actors;

  @Inject Clock clock;

  @Inject UserDirectory users;

  /** The assignee of a manager's assignment is notified (in the assignment's transaction). */
  @Inject Notifications notifications;

  /** The contexts' rules on who may work their tasks (e.g. four eyes on a review task). */
  @Inject @Any Instance<TaskEligibility> eligibilities;

  /** The reason goes into the audit trail of every task; at most 100 tasks at once. */
  public record AssignRequest(
      @NotBlank @Size(max = 64) String assignee,
      @NotBlank @Size(max = 1000) String reason,
      @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 64) String> taskIds) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public AssignRequest(String assignee, String reason, List<String> taskIds) {
      this.assignee = assignee;
      this.reason = reason;
      this.taskIds = taskIds;
    }
  }

  @GET
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.TEAMLEIDER,
    RoleNames.PRIVACY
  })
  public JsonObject list(
      @QueryParam("scope") @Pattern(regexp = "(mine|team|all)?", message = "{toeslagen.taskScope}")
          String scope,
      @QueryParam("benefitType") String benefitType,
      @QueryParam("stage") String stage,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("maxDaysLeft") Integer maxDaysLeft) {
    Actor actor = actors.current();
    String s = scope == null || scope.isBlank() ? "mine" : scope;
    List<TaskView> found =
        switch (s) {
          case "mine" -> tasks.tasks(TaskQuery.assignedTo(actor.userName()));
          case "team" ->
              // a task the case's own rules do not let this user claim (e.g. four eyes) is not
              // offered
              tasks
                  .tasks(TaskQuery.offeredTo(actor.roles().stream().map(Role::name).toList()))
                  .stream()
                  .filter(t -> eligible(t, actor))
                  .toList();
          case "all" -> {
            TaskListScopePolicy.mayListAll(actor).enforce();
            yield tasks.tasks(TaskQuery.everything());
          }
          default ->
              throw new ValidationException(
                  "scope", "Kies 'mine', 'team' of 'all'.", "Choose 'mine', 'team' or 'all'.");
        };
    LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
    List<JsonObject> rows = new ArrayList<>();
    found.stream()
        .sorted(
            Comparator.comparing(t -> deadline(t), Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(
            t -> {
              LocalDate deadline = deadline(t);
              Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(today, deadline);
              if (benefitType != null && !benefitType.equals(string(t, "benefitType"))) {
                return;
              }
              if (stage != null && !stage.equals(t.taskDefinitionKey())) {
                return;
              }
              if (Boolean.TRUE.equals(overdue) && (daysLeft == null || daysLeft >= 0)) {
                return;
              }
              if (maxDaysLeft != null && (daysLeft == null || daysLeft > maxDaysLeft)) {
                return;
              }
              rows.add(json(t, deadline, daysLeft));
            });
    JsonArrayBuilder array = Json.createArrayBuilder();
    rows.forEach(array::add);
    return Json.createObjectBuilder().add("scope", s).add("tasks", array).build();
  }

  @POST
  @Path("{id}/claim")
  @Transactional
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.TEAMLEIDER
  })
  public JsonObject claim(@PathParam("id") String id) {
    Actor actor = actors.current();
    TaskView task = tasks.task(id).orElseThrow(() -> new NotFoundException("TASK", id));
    requireEligible(task, actor);
    tasks.claim(id, actor.userName());
    return Json.createObjectBuilder()
        .add("id", id)
        .add("assignee", actors.current().userName())
        .build();
  }

  @POST
  @Path("{id}/release")
  @Transactional
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.TEAMLEIDER
  })
  public JsonObject release(@PathParam("id") String id) {
    tasks.release(id, actors.current().userName());
    return Json.createObjectBuilder().add("id", id).addNull("assignee").build();
  }

  @POST
  @Path("assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RolesAllowed(RoleNames.TEAMLEIDER)
  public JsonObject assign(@NotNull @Valid AssignRequest request) {
    var assignee =
        users
            .find(request.assignee().trim())
            .filter(UserAccount::enabled)
            .orElseThrow(
                () ->
                    new ValidationException(
                        "assignee",
                        "Er is geen actieve gebruiker " + request.assignee() + ".",
                        "There is no active user " + request.assignee() + "."));
    for (String id : request.taskIds()) {
      TaskView task = tasks.task(id).orElseThrow(() -> new NotFoundException("TASK", id));
      TaskCandidatePolicy.mayBeAssigned(
              assignee.userName(),
              assignee.roles().stream().map(Role::name).toList(),
              task.name(),
              task.candidateGroups())
          .enforce();
      requireEligible(task, new Actor(assignee.userName(), assignee.roles()));
    }
    for (String id : request.taskIds()) {
      tasks.assign(id, assignee.userName(), actors.current().userName(), request.reason());
      tasks
          .task(id)
          .flatMap(
              t ->
                  AssignmentNotices.of(
                      t, assignee.userName(), actors.current().userName(), request.reason()))
          .ifPresent(notifications::send);
    }
    return Json.createObjectBuilder()
        .add("assigned", request.taskIds().size())
        .add("assignee", request.assignee())
        .build();
  }

  /**
   * Asks the context that owns the task's process whether {@code user} may work it (claim it or be
   * assigned to it); a refusal names the case, so its audit entry is filed with the case.
   */
  private boolean eligible(TaskView task, Actor user) {
    try {
      requireEligible(task, user);
      return true;
    } catch (PolicyViolationException | NotFoundException e) {
      return false;
    }
  }

  private void requireEligible(TaskView task, Actor user) {
    if (task.processKey() == null || task.businessKey() == null) {
      return;
    }
    for (TaskEligibility e : eligibilities) {
      if (e.processKeys().contains(task.processKey())) {
        PolicyDecision d = e.mayWork(task.businessKey(), task.taskDefinitionKey(), user);
        if (d.refused()) {
          throw new PolicyViolationException(d, e.objectType(), task.businessKey());
        }
      }
    }
  }

  private static JsonObject json(TaskView t, LocalDate deadline, Long daysLeft) {
    JsonObjectBuilder b =
        Json.createObjectBuilder()
            .add("id", t.id())
            .add("name", t.name() == null ? t.taskDefinitionKey() : t.name())
            .add("stage", t.taskDefinitionKey())
            .add("process", t.processKey())
            .add("caseId", t.businessKey() == null ? "" : t.businessKey())
            .add("created", t.created().toString());
    JsonArrayBuilder groups = Json.createArrayBuilder();
    t.candidateGroups().forEach(groups::add);
    b.add("candidateGroups", groups);
    nullable(b, "assignee", t.assignee());
    nullable(b, "caseLabel", string(t, "caseLabel"));
    nullable(b, "citizen", string(t, "citizen"));
    nullable(b, "benefitType", string(t, "benefitType"));
    nullable(b, "deadline", deadline == null ? null : deadline.toString());
    if (daysLeft == null) {
      b.addNull("daysLeft");
    } else {
      b.add("daysLeft", daysLeft);
    }
    return b.build();
  }

  private static void nullable(JsonObjectBuilder b, String name, String value) {
    if (value == null) {
      b.addNull(name);
    } else {
      b.add(name, value);
    }
  }

  private static String string(TaskView t, String name) {
    Object v = t.variables() == null ? null : t.variables().get(name);
    return v == null ? null : v.toString();
  }

  static LocalDate deadline(TaskView t) {
    Object v = t.variables() == null ? null : t.variables().get("deadline");
    if (v == null && t.variables() != null) {
      v = t.variables().get("decisionDueAt");
    }
    if (v instanceof Date d) {
      return d.toInstant().atZone(AMSTERDAM).toLocalDate();
    }
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof String s && s.length() >= 10) {
      try {
        return LocalDate.parse(s.substring(0, 10));
      } catch (RuntimeException e) {
        return null;
      }
    }
    return t.due() == null ? null : t.due().atZoneSameInstant(AMSTERDAM).toLocalDate();
  }
}
