package nl.toeslagen.web.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.Idempotency;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.objections.application.ObjectionCommands.ReceiveObjection;
import nl.toeslagen.objections.application.ObjectionView;
import nl.toeslagen.objections.application.ReceiveObjectionHandler;
import nl.toeslagen.web.security.CurrentActor;

/**
 * One intake through the application service, as {@code POST /api/objections} makes it but without
 * HTTP: its own request context (the request-scoped beans a request has), the demo case worker
 * {@code behandelaar1} as actor, the same command with an idempotency key, and the same check that
 * the first task exists when the service has answered. Used only by {@link
 * ServiceIntakeMeasurement}.
 */
@ApplicationScoped
public class MeasuredIntake {

  private static final Actor CASE_WORKER = Actor.of("behandelaar1", Role.BEHANDELAAR);
  private static final AtomicLong NEXT_BSN = new AtomicLong(100_000_000L);

  @Inject CurrentActor actor;
  @Inject ReceiveObjectionHandler receive;

  /** Registers one objection received a week after the decision, as the REST benchmark does. */
  @ActivateRequestContext
  public void once() {
    actor.actAs(CASE_WORKER);
    LocalDate decided = LocalDate.now().minusDays(20);
    ReceiveObjection command =
        new ReceiveObjection(
            nextBsn(),
            "HUURTOESLAG",
            "BENCH-SERVICE-" + UUID.randomUUID().toString().substring(0, 8),
            "TERUGVORDERING",
            decided,
            decided.plusDays(7),
            null,
            List.of("Mijn inkomen is te hoog vastgesteld."),
            "DIGITAAL",
            false,
            45_000L,
            null);
    ObjectionView view =
        receive.handle(
            command,
            Idempotency.of("ObjectionResource_receive", UUID.randomUUID().toString(), command));
    if (view.openTasks() == null
        || view.openTasks().stream().noneMatch(t -> "AssessAdmissibilityTask".equals(t.key()))) {
      throw new IllegalStateException("intake " + view.caseNumber() + " has no first task");
    }
  }

  /** The next number that passes the eleven test, from a counter: linear, no repeats. */
  private static String nextBsn() {
    while (true) {
      String candidate = Long.toString(NEXT_BSN.getAndIncrement());
      if (Bsn.isValid(candidate)) {
        return candidate;
      }
    }
  }
}
