package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.kernel.Paging;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.TaskEligibility;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.web.notification.AssignmentNotices;
import nl.toeslagen.web.rest.MeResource.RoleView;
import nl.toeslagen.web.security.LoginAudit;
import nl.toeslagen.web.security.TaskListScopePolicy;
import nl.toeslagen.web.security.UserAccount;
import nl.toeslagen.web.security.UserDirectory;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskView;
import nl.toeslagen.workflow.policy.TaskCandidatePolicy;

/**
 * The task list: my tasks, my team's unassigned tasks (offered to my roles), or all open tasks
 * (managers), filtered, searched, sorted (legal deadline, soonest first, by default) and paged,
 * with counts for the filters; claim, release, and assignment by a manager with a reason (also in
 * bulk), and who may be assigned (the manager's picker). Working days left are counted on the legal
 * calendar, as the case page counts them. The list is queried from its read model ({@link
 * OpenTasks}, ADR 0022): scope, filters, order, page and counts in the database.
 */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

  static final int DEFAULT_SIZE = 50;

  /** Codes of benefit types and task keys: letters, digits and underscores. */
  static final String CODE = "([A-Za-z][A-Za-z0-9_]{0,63})?";

  @Inject TaskPort tasks;

  /** The read model the list is queried from (ADR 0022). */
  @Inject OpenTasks openTasks;

  @Inject ActorProvider actors;

  @Inject Clock clock;

  @Inject LegalCalendar calendar;

  @Inject UserDirectory users;

  /** The assignee of a manager's assignment is notified (in the assignment's transaction). */
  @Inject Notifications notifications;

  /** Writes the record of a search by BSN in a transaction of its own. */
  @Inject LoginAudit audit;

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

  /** The tasks a manager wants to assign at once (at most 100): who may take all of them? */
  public record CandidatesRequest(
      @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 64) String> taskIds) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public CandidatesRequest(List<String> taskIds) {
      this.taskIds = taskIds;
    }
  }

  /**
   * One page of the caller's tasks. Filters: {@code benefitType}, {@code stage} (task key), {@code
   * overdue}, {@code maxDaysLeft} (working days), {@code q} (free text: part of the case number,
   * case label or masked citizen, the case or task id, or a citizen's full BSN). Order: {@code
   * sort} and {@code dir}. Page: {@code page} (0-based) of {@code size} (1 to 200, default 50).
   */
  @GET
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.TEAMLEIDER,
    RoleNames.PRIVACY
  })
  public TaskPage list(
      @QueryParam("scope") @Pattern(regexp = "(mine|team|all)?", message = "{toeslagen.taskScope}")
          String scope,
      @QueryParam("benefitType") @Pattern(regexp = CODE, message = "{toeslagen.code}")
          String benefitType,
      @QueryParam("stage") @Pattern(regexp = CODE, message = "{toeslagen.code}") String stage,
      @QueryParam("overdue") Boolean overdue,
      @QueryParam("maxDaysLeft") Integer maxDaysLeft,
      @QueryParam("q") @Pattern(regexp = ".{0,100}", message = "{toeslagen.taskQuery}") String q,
      @QueryParam("sort") @Pattern(regexp = TaskListing.SORTS, message = "{toeslagen.taskSort}")
          String sort,
      @QueryParam("dir") @Pattern(regexp = "(asc|desc)?", message = "{toeslagen.sortDirection}")
          String dir,
      @QueryParam("page") @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")
          String page,
      @QueryParam("size") @Pattern(regexp = Paging.SIZE_PATTERN, message = "{toeslagen.pageSize}")
          String size) {
    Actor actor = actors.current();
    String s = blank(scope) ? "mine" : scope;
    if ("all".equals(s)) {
      TaskListScopePolicy.mayListAll(actor).enforce();
    }
    LocalDate today = LocalDate.now(clock.withZone(TaskListing.AMSTERDAM));
    String text = blank(q) ? null : q.strip();
    Bsn bsn = text != null && Bsn.isValid(text) ? Bsn.of(text) : null;
    List<String> refused = new ArrayList<>();
    for (TaskEligibility e : eligibilities) {
      if (e.mayFindByCitizen(actor).refused()) {
        refused.addAll(e.processKeys());
      }
    }
    OpenTasks.Selection selection =
        new OpenTasks.Selection(
            s,
            actor.userName(),
            actor.roles().stream().map(Role::name).toList(),
            blank(benefitType) ? null : benefitType,
            blank(stage) ? null : stage,
            Boolean.TRUE.equals(overdue),
            maxDaysLeft == null ? null : TaskListing.lastDayWithin(today, maxDaysLeft, calendar),
            text,
            bsn == null ? null : bsn.lookupHash(),
            refused);
    String sortKey = blank(sort) ? TaskListing.DEFAULT_SORT : sort;
    String direction = blank(dir) ? "asc" : dir;
    int p = Paging.page(page);
    int n = Paging.size(size, DEFAULT_SIZE);
    OpenTasks.Page found = openTasks.page(selection, sortKey, "desc".equals(direction), p, n);
    List<TaskRow> rows = found.rows();
    if ("team".equals(s)) {
      // the query left out whom the case's rules refuse (excluded users); the rules decide once
      // more for the page's rows (a role-only refusal), at most one page of checks
      rows =
          rows.stream()
              .filter(
                  r ->
                      eligible(
                          new TaskView(
                              r.id(),
                              r.name(),
                              r.stage(),
                              r.process(),
                              r.caseId(),
                              r.assignee(),
                              r.candidateGroups(),
                              null,
                              null,
                              java.util.Map.of()),
                          actor))
              .toList();
    }
    if (bsn != null) {
      audit.recorded(
          actor.userName(),
          actor.rolesText().isEmpty() ? null : actor.rolesText(),
          "TASKS_SEARCHED_BY_BSN",
          "CITIZEN",
          bsn.masked(),
          "Takenlijst ("
              + s
              + ") op BSN doorzocht: "
              + found.total()
              + " taak/taken gevonden"
              + " / task list ("
              + s
              + ") searched by BSN: "
              + found.total()
              + " task(s) found");
    }
    return new TaskPage(s, rows, found.total(), p, n, sortKey, direction, found.counts());
  }

  /**
   * The enabled users a manager may assign this task to: a role it is offered to and allowed by the
   * case's own rules (e.g. four eyes), by user name. Unknown task: 404.
   */
  @GET
  @Path("{id}/candidates")
  @RolesAllowed(RoleNames.TEAMLEIDER)
  public TaskCandidates candidates(@PathParam("id") String id) {
    TaskView task = tasks.task(id).orElseThrow(() -> new NotFoundException("TASK", id));
    return new TaskCandidates(List.of(task.id()), candidatesFor(List.of(task)));
  }

  /**
   * The enabled users a manager may assign all these tasks to (bulk assignment): each task's
   * candidates, intersected. An unknown task: 404.
   */
  @POST
  @Path("candidates")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(RoleNames.TEAMLEIDER)
  public TaskCandidates candidatesForAll(@NotNull @Valid CandidatesRequest request) {
    List<TaskView> found = new ArrayList<>();
    for (String id : new LinkedHashSet<>(request.taskIds())) {
      found.add(tasks.task(id).orElseThrow(() -> new NotFoundException("TASK", id)));
    }
    return new TaskCandidates(found.stream().map(TaskView::id).toList(), candidatesFor(found));
  }

  private List<TaskCandidate> candidatesFor(List<TaskView> found) {
    return users.all().stream()
        .filter(UserAccount::enabled)
        .filter(u -> found.stream().allMatch(t -> mayBeAssigned(t, u)))
        .sorted(Comparator.comparing(UserAccount::userName))
        .map(
            u ->
                new TaskCandidate(
                    u.userName(),
                    u.displayName(),
                    u.roles().stream()
                        .sorted(Comparator.comparing(Role::name))
                        .map(r -> new RoleView(r.name(), r.labelNl()))
                        .toList()))
        .toList();
  }

  /** The assignment's own checks: a role the task is offered to, and the case's rules. */
  private boolean mayBeAssigned(TaskView task, UserAccount user) {
    Set<Role> roles = user.roles();
    return !TaskCandidatePolicy.mayBeAssigned(
                user.userName(),
                roles.stream().map(Role::name).toList(),
                task.name(),
                task.candidateGroups())
            .refused()
        && eligible(task, new Actor(user.userName(), roles));
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

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // ------------------------------------------------------------------ the answers

  /**
   * One page of the task list. {@code total} counts the rows that pass the filters (all pages);
   * {@code counts} describe the scope's whole list, before filters, for the filter controls.
   *
   * @param scope mine, team or all
   * @param tasks the rows of this page, in the requested order
   * @param total the rows that pass the filters, on all pages
   * @param page the page (0-based)
   * @param size the page size
   * @param sort the order applied
   * @param dir asc or desc
   * @param counts per benefit type, per stage, overdue and all, before filters
   */
  public record TaskPage(
      @NotNull String scope,
      @NotNull List<TaskRow> tasks,
      long total,
      int page,
      int size,
      @NotNull String sort,
      @NotNull String dir,
      @NotNull TaskCounts counts) {}

  /**
   * A task in the list. Absent (null) values are left out of the JSON; {@code @NotNull} marks what
   * is always there (a {@code required} property in the OpenAPI document, ADR 0021).
   *
   * @param id the task id (for claim, release, assignment)
   * @param name the task's name from the model (Dutch)
   * @param stage the task key, e.g. {@code AssessAdmissibilityTask} (label: {@code GET
   *     /api/labels})
   * @param process the process key: {@code ObjectionHandling} or {@code FraudReview}
   * @param workflow {@code objections} or {@code fraud-review}
   * @param caseId the case id (the process business key)
   * @param caseNumber the human-readable number, {@code BZ-2026-000123} or {@code TZ-2026-000123}
   * @param caseLabel number and subject in plain Dutch
   * @param citizen the masked BSN, {@code *****4782}
   * @param benefitType the benefit's code, e.g. {@code HUURTOESLAG}
   * @param deadline the legal deadline (objections) or the task's term (fraud review)
   * @param daysLeft working days from today to the deadline (Algemene termijnenwet calendar, as the
   *     case page counts); negative: working days past it
   * @param overdue whether today is after the deadline
   * @param created when the task was created
   * @param assignee who holds it; absent when unassigned
   * @param candidateGroups the roles it is offered to
   */
  public record TaskRow(
      @NotNull String id,
      @NotNull String name,
      String stage,
      String process,
      String workflow,
      String caseId,
      String caseNumber,
      String caseLabel,
      String citizen,
      String benefitType,
      LocalDate deadline,
      Integer daysLeft,
      boolean overdue,
      Instant created,
      String assignee,
      @NotNull List<String> candidateGroups) {}

  /**
   * The scope's tasks before filters, for the filter controls.
   *
   * @param benefitTypes per benefit code, by code
   * @param stages per task key, by key
   * @param overdue tasks past their deadline
   * @param all every task of the scope
   */
  public record TaskCounts(
      @NotNull List<CodeCount> benefitTypes,
      @NotNull List<CodeCount> stages,
      long overdue,
      long all) {}

  /** How many tasks have this code. */
  public record CodeCount(@NotNull String code, long count) {}

  /**
   * Who may be assigned the tasks asked about, by user name.
   *
   * @param taskIds the tasks asked about (each once)
   * @param candidates the enabled users who may take every one of them
   */
  public record TaskCandidates(
      @NotNull List<String> taskIds, @NotNull List<TaskCandidate> candidates) {}

  /**
   * A user a manager may assign the task to.
   *
   * @param userName the login name (the assignment's {@code assignee})
   * @param displayName the name to show
   * @param roles the user's roles, code and Dutch label
   */
  public record TaskCandidate(
      @NotNull String userName, String displayName, @NotNull List<RoleView> roles) {}
}
