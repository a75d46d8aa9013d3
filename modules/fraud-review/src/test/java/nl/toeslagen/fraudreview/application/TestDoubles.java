package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.workflow.api.ProcessPort;
import nl.toeslagen.workflow.api.TaskPort;
import nl.toeslagen.workflow.api.TaskQuery;
import nl.toeslagen.workflow.api.TaskView;

/** Test doubles of the ports the fraud-review handlers use through the unit of work. */
final class TestDoubles {

  private TestDoubles() {}

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * Collects fired events. The handlers only ever fire synchronously (the audit entry must be
   * written in the caller's transaction), so the asynchronous and sub-type methods fail loudly.
   */
  static final class RecordingEvent<T> implements Event<T> {
    final List<T> fired;

    RecordingEvent(List<T> fired) {
      this.fired = fired;
    }

    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new AssertionError("events must be fired synchronously");
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new AssertionError("events must be fired synchronously");
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("events must be fired synchronously");
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("events must be fired synchronously");
    }
  }

  /** Records process starts. */
  static final class Processes implements ProcessPort {
    final List<String> moved;

    /** The variables each process was started with, by business key. */
    final Map<String, Map<String, Object>> started = new LinkedHashMap<>();

    Processes(List<String> moved) {
      this.moved = moved;
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
      moved.add("start " + businessKey);
      started.put(businessKey, new LinkedHashMap<>(variables));
      return "instance-" + businessKey;
    }

    @Override
    public void correlate(String messageName, String businessKey, Map<String, Object> variables) {
      moved.add("message " + messageName);
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
   * Every task of the model is open for every case, offered to TOEZICHT and VAKTECHNIEK, unless a
   * test assigns one to someone ({@link #assign}) or closes it ({@link #close}). Completion is
   * refused unless the task is assigned to the completing user, as the engine's task port does.
   */
  static final class Tasks implements TaskPort {
    final List<String> moved;
    final Map<String, String> assignees = new HashMap<>();
    final Map<String, Boolean> closed = new LinkedHashMap<>();

    Tasks(List<String> moved) {
      this.moved = moved;
    }

    void assign(String caseId, String key, String user) {
      assignees.put(caseId + "/" + key, user);
    }

    void close(String caseId, String key) {
      closed.put(caseId + "/" + key, true);
    }

    @Override
    public List<TaskView> tasks(TaskQuery query) {
      return FraudReviewProcess.CONTRACT.userTasks().stream()
          .map(key -> query.businessKey() + "/" + key)
          .filter(id -> !closed.containsKey(id))
          .map(
              id ->
                  new TaskView(
                      id,
                      id.substring(id.indexOf('/') + 1),
                      id.substring(id.indexOf('/') + 1),
                      FraudReviewProcess.PROCESS_KEY,
                      query.businessKey(),
                      assignees.get(id),
                      List.of("TOEZICHT", "VAKTECHNIEK"),
                      null,
                      null,
                      Map.of()))
          .toList();
    }

    @Override
    public Optional<TaskView> task(String taskId) {
      return Optional.empty();
    }

    @Override
    public void claim(String taskId, String user) {
      if (assignees.get(taskId) != null && !assignees.get(taskId).equals(user)) {
        throw new ConflictException("al toegewezen", "already assigned");
      }
      assignees.put(taskId, user);
    }

    @Override
    public void release(String taskId, String user) {
      assignees.remove(taskId);
    }

    @Override
    public void assign(String taskId, String assignee, String byUser, String reason) {
      throw new AssertionError("a fraud-review change never takes a task over");
    }

    @Override
    public void complete(String taskId, String user, Map<String, Object> variables) {
      if (!user.equals(assignees.get(taskId))) {
        PolicyDecision.refuse(
                "TaskOwnershipPolicy",
                "U kunt alleen een taak afronden die aan u is toegewezen.",
                "You can only complete a task that is assigned to you.")
            .enforce();
      }
      assignees.remove(taskId);
      moved.add(
          taskId.substring(taskId.indexOf('/') + 1)
              + " by "
              + user
              + " "
              + new TreeMap<>(variables));
    }
  }
}
