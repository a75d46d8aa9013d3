package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.fraudreview.application.SignalCommands.RecordZienswijze;
import nl.toeslagen.fraudreview.application.SignalCommands.RegisterSignal;
import nl.toeslagen.fraudreview.application.SignalCommands.Review;
import nl.toeslagen.fraudreview.application.SignalCommands.SubmitDetermination;
import nl.toeslagen.fraudreview.application.SignalViews.Created;
import nl.toeslagen.fraudreview.application.SignalViews.DeterminationView;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.application.SignalViews.WorkItem;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.DeterminationDraft;
import nl.toeslagen.fraudreview.domain.FineRequest;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Priority;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.fraudreview.domain.Zienswijze;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.ValidationException;

/**
 * The fraud-review use cases, each in one JTA transaction with its audit entries. A refused attempt
 * changes nothing and is audited in a separate transaction ({@link RefusalAudit}).
 */
@ApplicationScoped
@Transactional
public class SignalService {

  public static final String OBJECT_TYPE = "SIGNAL";
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final String SEARCH_POLICY = "SignalSearchByBsn";

  @Inject SignalRepository signals;
  @Inject ProcessSteering process;
  @Inject Event<AuditEvent> audit;
  @Inject RefusalAudit refusals;
  @Inject Clock clock;

  public Created register(RegisterSignal cmd, Actor actor) {
    Signal signal =
        guarded(
            actor,
            "SIGNAL_REGISTRATION_REFUSED",
            null,
            () ->
                Signal.register(
                    UUID.randomUUID().toString(),
                    cmd.bsn() == null ? null : Bsn.of(cmd.bsn()),
                    parse(BenefitType.class, "benefitType", cmd.benefitType()),
                    parse(SignalSource.class, "source", cmd.source()),
                    cmd.description(),
                    cmd.legalBasis(),
                    cmd.retentionDate(),
                    actor,
                    clock.instant(),
                    today()));
    signals.save(signal);
    process.start(signal.id());
    fire(
        actor,
        "SIGNAL_REGISTERED",
        signal.id(),
        signal.processingBasis(),
        "Bron/source "
            + signal.source()
            + ", toeslag/benefit "
            + signal.benefitType()
            + ", bewaren tot/retain until "
            + signal.retentionDate());
    return new Created(signal.id(), signal.phase().name());
  }

  public DeterminationView submit(String signalId, SubmitDetermination cmd, Actor actor) {
    Signal signal = load(signalId);
    DeterminationDraft draft = draft(cmd);
    Determination d =
        guarded(
            actor,
            "DETERMINATION_REFUSED",
            signalId,
            () ->
                signal.propose(
                    UUID.randomUUID().toString(), draft, actor, clock.instant(), today()));
    signals.save(signal);
    process.complete(
        signalId,
        FraudReviewProcess.determineTask(d.phase()),
        actor.userName(),
        Map.of(FraudReviewProcess.CONCLUSION, d.conclusion().name()));
    fire(
        actor,
        "DETERMINATION_SUBMITTED",
        signalId,
        legalBasis(d),
        describe(d)
            + (d.fine() == null ? "" : "; boetevoorstel/fine proposal " + d.fine().amount()));
    return DeterminationView.of(signal, d, actor);
  }

  public SignalDetails review(String signalId, String determinationId, Review cmd, Actor actor) {
    Signal signal = load(signalId);
    if (cmd.approved() == null) {
      throw new ValidationException(
          "approved",
          "Geef aan of u goedkeurt of afwijst.",
          "State whether you approve or reject.");
    }
    boolean approved = cmd.approved();
    Determination d =
        guarded(
            actor,
            "DETERMINATION_REVIEW_REFUSED",
            signalId,
            () -> signal.review(determinationId, actor, approved, cmd.reasons(), clock.instant()));
    signals.save(signal);
    process.complete(
        signalId,
        FraudReviewProcess.approveTask(d.phase()),
        actor.userName(),
        Map.of(
            FraudReviewProcess.APPROVED,
            approved,
            FraudReviewProcess.CONCLUSION,
            d.conclusion().name()));
    fire(
        actor,
        approved ? "DETERMINATION_APPROVED" : "DETERMINATION_REJECTED",
        signalId,
        legalBasis(d),
        describe(d)
            + "; opsteller/author "
            + d.author()
            + (approved ? "; goedgekeurd/approved: " : "; terug naar opsteller/returned: ")
            + d.reviewReasons());
    if (signal.isClosed()) {
      fire(actor, "SIGNAL_CLOSED", signalId, legalBasis(d), signal.closureReason());
    }
    return SignalDetails.of(signal, actor);
  }

  public SignalDetails recordZienswijze(String signalId, RecordZienswijze cmd, Actor actor) {
    Signal signal = load(signalId);
    Zienswijze zienswijze =
        new Zienswijze(
            cmd.requestedOn(),
            today(),
            Boolean.TRUE.equals(cmd.responded()),
            cmd.summary(),
            actor.userName());
    guarded(
        actor,
        "ZIENSWIJZE_REFUSED",
        signalId,
        () -> {
          signal.recordZienswijze(zienswijze, actor);
          return signal;
        });
    signals.save(signal);
    process.complete(
        signalId, FraudReviewProcess.REQUEST_ZIENSWIJZE_TASK, actor.userName(), Map.of());
    fire(
        actor,
        "ZIENSWIJZE_RECORDED",
        signalId,
        "BWBR0005537 art. 4:8",
        "Gevraagd op/asked on "
            + zienswijze.requestedOn()
            + (zienswijze.responded()
                ? "; zienswijze gegeven/view given"
                : "; geen reactie/no response"));
    return SignalDetails.of(signal, actor);
  }

  /** The case page; reading personal data is audited. */
  public SignalDetails get(String signalId, Actor actor) {
    Signal signal = load(signalId);
    fire(actor, "SIGNAL_VIEWED", signalId, null, "Dossier ingezien / case viewed");
    return SignalDetails.of(signal, actor);
  }

  /** Open signals for the work list, oldest first. */
  public List<WorkItem> workList(Actor actor) {
    LocalDate today = today();
    return signals.open().stream()
        .sorted(Comparator.comparing(Signal::registeredAt))
        .map(s -> WorkItem.of(s, actor, today))
        .toList();
  }

  /**
   * Open signals about a citizen; only for TOEZICHT and VAKTECHNIEK and always audited. Closed
   * signals are never shown: a closed signal does not mark a citizen.
   */
  public List<WorkItem> searchByBsn(String bsn, Actor actor) {
    PolicyDecision decision = maySearch(actor);
    if (decision.refused()) {
      refusals.refused(actor, "SIGNAL_SEARCH_REFUSED", null, decision);
      decision.enforce();
    }
    Bsn citizen = Bsn.of(bsn);
    LocalDate today = today();
    List<WorkItem> found =
        signals.openFor(citizen).stream().map(s -> WorkItem.of(s, actor, today)).toList();
    audit.fire(
        new AuditEvent(
            actor.userName(),
            roleOf(actor),
            "SIGNAL_SEARCH_BY_BSN",
            "CITIZEN",
            citizen.masked(),
            Outcome.SUCCESS,
            null,
            found.size() + " open signaal/signalen gevonden / open signals found"));
    return found;
  }

  static PolicyDecision maySearch(Actor actor) {
    if (actor == null || !actor.hasAny(Role.TOEZICHT, Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          SEARCH_POLICY,
          "Alleen medewerkers toezicht en vaktechniek mogen signalen op BSN zoeken.",
          "Only supervision officers and the professional line may search signals by BSN.");
    }
    return PolicyDecision.allow(SEARCH_POLICY, "Zoeken toegestaan.", "Search allowed.");
  }

  /**
   * Deletes closed signals past their retention date, with all personal details. The audit trail
   * keeps that they existed and why they were closed.
   *
   * @return how many signals were purged
   */
  public int purgeExpired(LocalDate today) {
    List<Signal> expired = signals.purgeable(today);
    for (Signal s : expired) {
      signals.delete(s.id());
      audit.fire(
          new AuditEvent(
              Actor.SYSTEM_USER,
              null,
              "SIGNAL_PURGED",
              OBJECT_TYPE,
              s.id(),
              Outcome.SUCCESS,
              "AVG art. 5 lid 1 sub e (opslagbeperking / storage limitation)",
              "Bewaartermijn verstreken op/retention ended "
                  + s.retentionDate()
                  + "; gesloten/closed: "
                  + s.closureReason()));
    }
    return expired.size();
  }

  /** Used by the letter step. */
  public Signal signal(String signalId) {
    return load(signalId);
  }

  // ---- helpers ----

  private <T> T guarded(Actor actor, String action, String signalId, Supplier<T> work) {
    try {
      return work.get();
    } catch (PolicyViolationException e) {
      refusals.refused(actor, action, signalId, e.decision());
      throw e;
    }
  }

  private Signal load(String signalId) {
    return signals.find(signalId).orElseThrow(() -> new NotFoundException("signal", signalId));
  }

  private void fire(Actor actor, String action, String signalId, String basis, String reasons) {
    audit.fire(
        new AuditEvent(
            actor.userName(),
            roleOf(actor),
            action,
            OBJECT_TYPE,
            signalId,
            Outcome.SUCCESS,
            basis,
            reasons));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZONE));
  }

  static String roleOf(Actor actor) {
    if (actor.has(Role.TOEZICHT)) {
      return Role.TOEZICHT.name();
    }
    if (actor.has(Role.VAKTECHNIEK)) {
      return Role.VAKTECHNIEK.name();
    }
    return actor.roles().isEmpty() ? null : actor.rolesText();
  }

  private static String describe(Determination d) {
    return "Vaststelling/determination "
        + d.id()
        + " fase/phase "
        + d.phase()
        + ": "
        + d.conclusion()
        + " — "
        + d.reasons();
  }

  private static String legalBasis(Determination d) {
    if (!d.legalReferences().isEmpty()) {
      return d.legalReferences().get(0).toString();
    }
    if (d.fine() != null) {
      return d.fine().correctedBeforeAware() ? "BWBR0018472 art. 42" : "BWBR0018472 art. 41";
    }
    return null;
  }

  static DeterminationDraft draft(SubmitDetermination cmd) {
    Phase phase = parse(Phase.class, "phase", cmd.phase());
    Conclusion conclusion = parse(Conclusion.class, "conclusion", cmd.conclusion());
    List<LegalReference> refs =
        cmd.legalReferences() == null
            ? List.of()
            : cmd.legalReferences().stream()
                .filter(r -> r != null && !r.isBlank())
                .map(LegalReference::parse)
                .toList();
    FineRequest fine = null;
    if (cmd.fine() != null) {
      SignalCommands.Fine f = cmd.fine();
      if (f.recoveryCents() == null || f.percentage() == null) {
        throw new ValidationException(
            "fine",
            "Vul bij een boetevoorstel de terugvordering en het percentage in.",
            "A fine proposal needs the recovery and the percentage.");
      }
      fine =
          new FineRequest(
              Money.ofCents(f.recoveryCents()),
              f.percentage(),
              f.previousFineDate(),
              Boolean.TRUE.equals(f.correctedBeforeAware()),
              f.reportReference());
    }
    return new DeterminationDraft(
        phase,
        conclusion,
        cmd.reasons(),
        cmd.facts() == null
            ? List.of()
            : cmd.facts().stream().filter(f -> f != null && !f.isBlank()).toList(),
        refs,
        cmd.priority() == null || cmd.priority().isBlank()
            ? null
            : parse(Priority.class, "priority", cmd.priority()),
        fine);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "Vul " + field + " in.", "Enter " + field + ".");
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          field,
          "Onbekende waarde voor " + field + ": " + value,
          "Unknown value for " + field + ": " + value);
    }
  }
}
