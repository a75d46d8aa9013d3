package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.DocumentArchive;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.fraudreview.application.SignalViews.RetentionRun;
import nl.toeslagen.fraudreview.domain.RetentionReferenceDatePolicy;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.DateRange;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention purge: closed signals past their retention date are deleted with all personal
 * details and their outcome letters, by the nightly job or by an administrator on request. The
 * audit trail keeps that they existed and why they were closed.
 */
@ApplicationScoped
@Transactional
public class SignalRetention {

  /** Legal basis of deleting a closed signal after its retention date. */
  static final String RETENTION_BASIS =
      "AVG art. 5 lid 1 sub e (opslagbeperking / storage limitation)";

  @Inject SignalRepository signals;
  @Inject DocumentArchive documents;
  @Inject ActorProvider actors;
  @Inject Event<AuditEvent> audit;
  @Inject Clock clock;

  /** Only the demo profile may run the retention purge with a later reference date (to show it). */
  @Inject
  @ConfigProperty(name = "toeslagen.profile", defaultValue = "demo")
  String profile;

  /**
   * Deletes closed signals whose retention date lies before {@code today}.
   *
   * @param actor who runs the purge: {@link Actor#system()} for the nightly job, an administrator
   *     for a run on request
   * @return how many signals were purged
   */
  public int purgeExpired(LocalDate today, Actor actor) {
    List<Signal> expired = signals.purgeable(today);
    for (Signal s : expired) {
      String id = s.id().value();
      if (documents != null) {
        for (StoredDocument doc : documents.forOwner(SignalAuditedObjects.SIGNAL, id)) {
          documents.delete(
              doc.id(),
              actor.userName(),
              RETENTION_BASIS,
              "bewaartermijn van signaal verstreken / retention of signal ended");
        }
      }
      signals.delete(s.id());
      audit.fire(
          new AuditEvent(
              actor.userName(),
              actor.isSystem() ? null : actor.rolesText(),
              "SIGNAL_PURGED",
              SignalAuditedObjects.SIGNAL,
              id,
              Outcome.SUCCESS,
              RETENTION_BASIS,
              "Bewaartermijn verstreken op/retention ended "
                  + s.retentionDate()
                  + "; gesloten/closed: "
                  + s.closureReason()));
    }
    return expired.size();
  }

  /** The nightly job: today, as the system. */
  public int purgeExpired() {
    return purgeExpired(today(), Actor.system());
  }

  /**
   * An administrator runs the retention purge now, as the nightly job would. In the demo profile a
   * later reference date may be given, to show the purge before the retention date arrives; it is
   * stated in the audit trail. Otherwise the reference date is always today ({@link
   * RetentionReferenceDatePolicy}).
   */
  public RetentionRun run(LocalDate referenceDate) {
    Actor actor = actors.current();
    LocalDate today = today();
    LocalDate date = referenceDate == null ? today : referenceDate;
    new RetentionReferenceDatePolicy()
        .evaluate(date, today, "demo".equals(profile))
        .enforceAsInvalid("today");
    int purged = purgeExpired(date, actor);
    audit.fire(
        new AuditEvent(
            actor.userName(),
            actor.rolesText(),
            "RETENTION_RUN",
            "SIGNAL_RETENTION",
            date.toString(),
            Outcome.SUCCESS,
            RETENTION_BASIS,
            "Bewaartermijnen handmatig toegepast / retention run on request; peildatum/reference"
                + " date "
                + date
                + (date.equals(today) ? "" : " (vandaag/today " + today + ")")
                + "; "
                + purged
                + " signaal/signalen verwijderd / signals purged"));
    return new RetentionRun(date, purged);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DateRange.ZONE));
  }
}
