package nl.toeslagen.usecase.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.documents.api.Letter;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Repository;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.workflow.api.ProcessPort;
import nl.toeslagen.workflow.api.ProcessVariable;
import nl.toeslagen.workflow.api.ProcessVariables;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;
import nl.toeslagen.workflow.api.TaskView;
import nl.toeslagen.workflow.policy.TaskCandidatePolicy;
import nl.toeslagen.workflow.policy.TaskOwnershipPolicy;
import org.junit.jupiter.api.Test;

/**
 * The one skeleton of a use case, with in-memory fakes for its ports (a unit test: the real engine,
 * audit log and outbox are exercised by the ITs). Every port call is written to one journal, so the
 * order of save, audit, task, messages, letters and events is visible.
 */
class UnitOfWorkTest {

  /** A minimal aggregate: an id and a stage that a process step may move on. */
  static final class Case {
    final String id;
    String stage;

    Case(String id, String stage) {
      this.id = id;
      this.stage = stage;
    }

    Case copy() {
      return new Case(id, stage);
    }
  }

  record CaseMoved(String id) {}

  static final ProcessVariable<Boolean> APPROVED =
      ProcessVariable.routing("approved", Boolean.class);

  private final List<String> journal = new ArrayList<>();
  private final Map<String, Case> stored = new HashMap<>();
  private final List<AuditEvent> audited = new ArrayList<>();
  private final Map<String, TaskView> openTasks = new HashMap<>();
  private int finds;
  private Actor actor = Actor.of("behandelaar1", Role.BEHANDELAAR);

  private final Repository<String, Case> repository =
      new Repository<>() {
        @Override
        public Optional<Case> find(String id) {
          finds++;
          return Optional.ofNullable(stored.get(id)).map(Case::copy);
        }

        @Override
        public void save(Case c) {
          journal.add("save " + c.id + " " + c.stage);
          stored.put(c.id, c.copy());
        }
      };

  private final CaseKind<String, Case> cases = new CaseKind<>("CASE", repository, c -> c.id);

  private final UnitOfWork work = unitOfWork();

  private UnitOfWork unitOfWork() {
    UnitOfWork w = new UnitOfWork();
    w.actors = () -> actor;
    w.clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    w.audit =
        new Recording<>(
            e -> {
              audited.add(e);
              journal.add("audit " + e.action() + " " + e.objectType() + " " + e.objectId());
            });
    w.events = new Recording<>(e -> journal.add("event " + e));
    w.processes = new FakeProcesses();
    w.tasks = new FakeTasks();
    w.letters =
        (ownerType, ownerId, eventKey, fileName, letter, note) -> {
          journal.add("letter " + ownerType + " " + ownerId + " " + eventKey + " " + fileName);
          return true;
        };
    return w;
  }

  private String aCase(String stage) {
    String id = UUID.randomUUID().toString();
    stored.put(id, new Case(id, stage));
    return id;
  }

  private void openTask(String caseId, String key, String assignee, String... groups) {
    openTasks.put(
        key,
        new TaskView(
            "task-" + key,
            "Taak " + key,
            key,
            "case-process",
            caseId,
            assignee,
            List.of(groups),
            null,
            null,
            Map.of()));
  }

  private static Letter letter() {
    return Letter.builder()
        .kind("BESLISSING")
        .reference("REF-1")
        .date(LocalDate.of(2026, 3, 2))
        .subject("Uw bezwaar")
        .build();
  }

  @Test
  void aChangeSavesThenAuditsThenCompletesTheTaskThenSendsMessagesLettersAndEvents() {
    String id = aCase("OPEN");
    openTask(id, "review", null, "BEHANDELAAR");

    String answer =
        work.change(
            cases,
            id,
            (c, change) -> {
              c.stage = "DECIDED";
              change
                  .audit("CASE_DECIDED", "Awb art. 7:11", "Besloten", "Decided")
                  .completeTask("review", ProcessVariables.of(APPROVED, true))
                  .correlate("CaseDecided", ProcessVariables.none())
                  .sendLetter("decision", "beslissing.pdf", letter())
                  .publish(new CaseMoved(c.id));
            },
            c -> c.stage);

    assertThat(journal)
        .containsExactly(
            "save " + id + " DECIDED",
            "audit CASE_DECIDED CASE " + id,
            "claim task-review behandelaar1",
            "complete task-review behandelaar1 {approved=true}",
            "audit TASK_COMPLETED CASE " + id,
            "correlate CaseDecided " + id,
            "letter CASE " + id + " decision beslissing.pdf",
            "event CaseMoved[id=" + id + "]");
    // read again after the task: the fake engine's next step moved the case to SENT
    assertThat(answer).isEqualTo("SENT");
    AuditEvent decided = audited.get(0);
    assertThat(decided.actor()).isEqualTo("behandelaar1");
    assertThat(decided.role()).isEqualTo("BEHANDELAAR");
    assertThat(decided.legalBasis()).isEqualTo("Awb art. 7:11");
    assertThat(decided.reasons()).isEqualTo("Besloten / Decided");
    assertThat(audited.get(1).reasons()).contains("review").contains("behandelaar1");
  }

  @Test
  void aPolicyRefusalOfTheDomainIsFiledUnderTheCaseAndNothingIsSavedOrAudited() {
    String id = aCase("OPEN");

    assertThatThrownBy(
            () ->
                work.change(
                    cases,
                    id,
                    (c, change) -> {
                      c.stage = "DECIDED";
                      PolicyDecision.refuse("ExamplePolicy", "Mag niet.", "Not allowed.")
                          .enforceAsConflict();
                    }))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.objectType()).isEqualTo("CASE");
              assertThat(e.objectId()).isEqualTo(id);
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
              assertThat(e.decision().policy()).isEqualTo("ExamplePolicy");
            });
    assertThat(journal).isEmpty();
    assertThat(stored.get(id).stage).isEqualTo("OPEN");
  }

  @Test
  void anUnknownCaseIsNotFoundAndNothingHappens() {
    String unknown = UUID.randomUUID().toString();

    assertThatThrownBy(() -> work.change(cases, unknown, (c, change) -> c.stage = "X"))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.objectType()).isEqualTo("CASE");
              assertThat(e.id()).isEqualTo(unknown);
            });
    assertThatThrownBy(() -> work.read(cases, unknown, "CASE_READ", "Ingezien", "Read"))
        .isInstanceOf(NotFoundException.class);
    assertThat(journal).isEmpty();
  }

  @Test
  void anUnassignedTaskOfferedToTheActorsRoleIsClaimedThenCompleted() {
    String id = aCase("OPEN");
    openTask(id, "review", null, "VAKTECHNIEK", "BEHANDELAAR");

    work.change(cases, id, (c, change) -> change.completeTask("review", ProcessVariables.none()));

    assertThat(journal)
        .containsSubsequence(
            "claim task-review behandelaar1", "complete task-review behandelaar1 {}");
  }

  @Test
  void anUnassignedTaskOfferedToNoGroupIsOpenToAllAndClaimed() {
    String id = aCase("OPEN");
    openTask(id, "review", null);

    work.change(cases, id, (c, change) -> change.completeTask("review", ProcessVariables.none()));

    assertThat(journal)
        .containsSubsequence(
            "claim task-review behandelaar1", "complete task-review behandelaar1 {}");
  }

  @Test
  void aTaskSomeoneElseHoldsIsRefusedUnderTheCaseAndNotTakenOver() {
    String id = aCase("OPEN");
    openTask(id, "review", "behandelaar2", "BEHANDELAAR");

    assertThatThrownBy(
            () ->
                work.change(
                    cases,
                    id,
                    (c, change) -> change.completeTask("review", ProcessVariables.none())))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision().policy()).isEqualTo(TaskOwnershipPolicy.NAME);
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.FORBIDDEN);
              assertThat(e.objectType()).isEqualTo("CASE");
              assertThat(e.objectId()).isEqualTo(id);
            });
    assertThat(journal).noneMatch(line -> line.startsWith("claim"));
    assertThat(openTasks.get("review").assignee()).isEqualTo("behandelaar2");
  }

  @Test
  void anUnassignedTaskOfferedToAnotherRoleIsNotClaimedAndItsCompletionIsRefused() {
    String id = aCase("OPEN");
    openTask(id, "approve", null, "VAKTECHNIEK");

    assertThatThrownBy(
            () ->
                work.change(
                    cases,
                    id,
                    (c, change) -> change.completeTask("approve", ProcessVariables.none())))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(TaskOwnershipPolicy.NAME));
    assertThat(journal).noneMatch(line -> line.startsWith("claim") || line.startsWith("complete"));
  }

  @Test
  void completingATaskThatIsNotOpenIsAConflict() {
    String id = aCase("OPEN");
    openTask(id, "other", null, "BEHANDELAAR");

    assertThatThrownBy(
            () ->
                work.change(
                    cases,
                    id,
                    (c, change) -> change.completeTask("review", ProcessVariables.none())))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("review");
    assertThat(journal).noneMatch(line -> line.startsWith("complete"));
  }

  @Test
  void theAnswerIsReadAgainWhenTheProcessMovedTheCaseOn() {
    String id = aCase("OPEN");
    openTask(id, "review", "behandelaar1", "BEHANDELAAR");

    String moved =
        work.change(
            cases,
            id,
            (c, change) -> {
              c.stage = "REVIEWED";
              change.completeTask("review", ProcessVariables.of(APPROVED, true));
            },
            c -> c.stage);

    // the fake engine's next step moved the stored case to SENT after the task was completed
    assertThat(moved).isEqualTo("SENT");
    assertThat(finds).isEqualTo(2);
  }

  @Test
  void theAnswerIsTheChangedAggregateItselfWhenTheProcessDidNotMove() {
    String id = aCase("OPEN");

    String answer =
        work.change(
            cases,
            id,
            (c, change) -> {
              c.stage = "NOTED";
              change.audit("CASE_NOTED", (String) null, "Genoteerd", "Noted");
            },
            c -> c.stage);

    assertThat(answer).isEqualTo("NOTED");
    assertThat(finds).isEqualTo(1);
  }

  @Test
  void aNewCaseIsSavedAuditedItsProcessStartedAndReadAgain() {
    String id = UUID.randomUUID().toString();

    String stage =
        work.create(
            cases,
            change -> {
              change
                  .audit("CASE_REGISTERED", (String) null, "Geregistreerd", "Registered")
                  .startProcess("case-process", ProcessVariables.of(APPROVED, false));
              return new Case(id, "NEW");
            },
            c -> c.stage);

    assertThat(journal)
        .containsExactly(
            "save " + id + " NEW",
            "audit CASE_REGISTERED CASE " + id,
            "start case-process " + id + " {approved=false}");
    // the fake engine's first step moved the case on
    assertThat(stage).isEqualTo("STARTED");
  }

  @Test
  void aRefusalWhileCreatingNamesTheObjectTypeAndNothingIsSaved() {
    assertThatThrownBy(
            () ->
                work.create(
                    cases,
                    change -> {
                      throw PolicyDecision.refuse("ExamplePolicy", "Nee.", "No.").violation();
                    },
                    c -> c))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.objectType()).isEqualTo("CASE"));
    assertThat(journal).isEmpty();
  }

  @Test
  void aReadIsAuditedUnderTheCaseInDutchAndEnglish() {
    String id = aCase("OPEN");

    Case read = work.read(cases, id, "CASE_READ", "Dossier ingezien", "Case file read");

    assertThat(read.stage).isEqualTo("OPEN");
    assertThat(journal).containsExactly("audit CASE_READ CASE " + id);
    assertThat(audited.get(0).reasons()).isEqualTo("Dossier ingezien / Case file read");
  }

  @Test
  void aChangeCompletesAtMostOneTask() {
    String id = aCase("OPEN");

    assertThatThrownBy(
            () ->
                work.change(
                    cases,
                    id,
                    (c, change) ->
                        change
                            .completeTask("a", ProcessVariables.none())
                            .completeTask("b", ProcessVariables.none())))
        .isInstanceOf(IllegalStateException.class);
    assertThat(journal).isEmpty();
  }

  // ------------------------------------------------------------------ fakes

  /** A CDI event that hands every fired payload to a consumer. */
  private static final class Recording<T> implements Event<T> {
    private final java.util.function.Consumer<T> consumer;

    Recording(java.util.function.Consumer<T> consumer) {
      this.consumer = consumer;
    }

    @Override
    public void fire(T event) {
      consumer.accept(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  /** The engine: a started process moves the case to STARTED. */
  private final class FakeProcesses implements ProcessPort {
    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
      journal.add("start " + processKey + " " + businessKey + " " + variables);
      stored.get(businessKey).stage = "STARTED";
      return "instance-" + businessKey;
    }

    @Override
    public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
      journal.add("correlate " + messageName + " " + businessKey);
    }

    @Override
    public List<String> activeActivityIds(String businessKey) {
      return List.of();
    }

    @Override
    public boolean isRunning(String businessKey) {
      return true;
    }

    @Override
    public Optional<String> diagramXml(String businessKey) {
      return Optional.empty();
    }
  }

  /**
   * The task list, with the real task policies; completing a task runs the "next step", which moves
   * the stored case to SENT.
   */
  private final class FakeTasks implements TaskPort {
    @Override
    public List<TaskView> tasks(TaskQuery query) {
      return openTasks.values().stream()
          .filter(t -> query.businessKey() == null || query.businessKey().equals(t.businessKey()))
          .toList();
    }

    @Override
    public Optional<TaskView> task(String taskId) {
      return openTasks.values().stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    @Override
    public void claim(String taskId, String user) {
      TaskView t = task(taskId).orElseThrow();
      TaskOwnershipPolicy.mayClaim(t.assignee(), user).enforceAsConflict();
      TaskCandidatePolicy.mayClaim(
              actor.roles().stream().map(Role::name).toList(),
              actor.has(Role.TEAMLEIDER),
              t.candidateGroups())
          .enforce();
      journal.add("claim " + taskId + " " + user);
      openTasks.put(t.taskDefinitionKey(), withAssignee(t, user));
    }

    @Override
    public void release(String taskId, String user) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void assign(String taskId, String assignee, String byUser, String reason) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void complete(String taskId, String user, Map<String, Object> variables) {
      TaskView t = task(taskId).orElseThrow();
      TaskOwnershipPolicy.mayComplete(t.assignee(), user).enforce();
      journal.add("complete " + taskId + " " + user + " " + variables);
      openTasks.remove(t.taskDefinitionKey());
      stored.get(t.businessKey()).stage = "SENT";
    }

    private TaskView withAssignee(TaskView t, String user) {
      return new TaskView(
          t.id(),
          t.name(),
          t.taskDefinitionKey(),
          t.processKey(),
          t.businessKey(),
          user,
          t.candidateGroups(),
          t.created(),
          t.due(),
          t.variables());
    }
  }
}
