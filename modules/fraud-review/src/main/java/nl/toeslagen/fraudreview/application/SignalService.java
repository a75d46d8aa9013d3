package nl.toeslagen.fraudreview.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.documents.application.DocumentStore;
import nl.toeslagen.fraudreview.application.SignalCommands.RecordZienswijze;
import nl.toeslagen.fraudreview.application.SignalCommands.RegisterSignal;
import nl.toeslagen.fraudreview.application.SignalCommands.Review;
import nl.toeslagen.fraudreview.application.SignalCommands.SubmitDetermination;
import nl.toeslagen.fraudreview.application.SignalCommands.WithdrawDetermination;
import nl.toeslagen.fraudreview.application.SignalViews.Created;
import nl.toeslagen.fraudreview.application.SignalViews.DeterminationView;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.application.SignalViews.StuckSignal;
import nl.toeslagen.fraudreview.application.SignalViews.WorkItem;
import nl.toeslagen.fraudreview.domain.BenefitType;
import nl.toeslagen.fraudreview.domain.Conclusion;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.DeterminationDraft;
import nl.toeslagen.fraudreview.domain.FineRequest;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Priority;
import nl.toeslagen.fraudreview.domain.ReasonsRequiredPolicy;
import nl.toeslagen.fraudreview.domain.RequiredApproverRole;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.fraudreview.domain.SignalSource;
import nl.toeslagen.fraudreview.domain.Zienswijze;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.UserRoster;
import nl.toeslagen.kernel.ValidationException;

/**
 * The fraud-review use cases, each in one JTA transaction with its audit entries. A refused attempt
 * changes nothing: a policy refusal is thrown as a {@link PolicyViolationException} that names the
 * signal, and the web module's exception mapper audits it (once, in its own transaction); missing
 * reasons are refused as invalid input (400) and audited here by {@link RefusalAudit}.
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
  @Inject DocumentStore documents;

  /** The column that keeps the reason (fr_determination.review_reasons) holds 4,000 characters. */
  static final int MAX_WITHDRAWAL_REASON = 4000;

  @Inject UserRoster roster;
  @Inject LegalCalendar calendar;

  /** A pending determination older than this many working days shows as stuck to the manager. */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "toeslagen.fraud.stuck-after-working-days",
      defaultValue = "5")
  int stuckAfterWorkingDays = 5;

  /** Only the demo profile may run the retention purge with a later reference date (to show it). */
  @Inject
  @org.eclipse.microprofile.config.inject.ConfigProperty(
      name = "toeslagen.profile",
      defaultValue = "demo")
  String profile;

  /** Legal basis of deleting a closed signal after its retention date. */
  static final String RETENTION_BASIS =
      "AVG art. 5 lid 1 sub e (opslagbeperking / storage limitation)";

  public Created register(RegisterSignal cmd, Actor actor) {
    Signal signal =
        guarded(
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
    requireReasons(cmd.reasons(), actor, "DETERMINATION_REFUSED", signalId);
    DeterminationDraft draft = draft(cmd);
    Determination d =
        guarded(
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
    List<String> approvers = approvers(signal, d);
    if (approvers != null && approvers.isEmpty()) {
      // nothing changes: the author is told (response, signal view) and the manager sees it as
      // stuck
      fire(
          actor,
          "DETERMINATION_HAS_NO_ELIGIBLE_APPROVER",
          signalId,
          null,
          "Vaststelling/determination "
              + d.id()
              + ": "
              + DeterminationView.noApproverNl(d)
              + " / "
              + DeterminationView.noApproverEn(d));
    }
    return DeterminationView.of(signal, d, actor, approvers);
  }

  /**
   * The author withdraws a determination that waits for approval (e.g. because nobody may approve
   * it); a reason is required and the withdrawal is audited. The phase's task opens again.
   */
  public SignalDetails withdraw(
      String signalId, String determinationId, WithdrawDetermination cmd, Actor actor) {
    Signal signal = load(signalId);
    String reason = cmd == null ? null : cmd.reason();
    PolicyDecision allowed = signal.mayWithdraw(determinationId, actor);
    if (allowed.refused()) {
      throw new PolicyViolationException(allowed, OBJECT_TYPE, signalId);
    }
    PolicyDecision reasons = new ReasonsRequiredPolicy().evaluate(reason);
    if (reasons.refused()) {
      refusals.refused(actor, "DETERMINATION_WITHDRAWAL_REFUSED", signalId, reasons);
      throw new ValidationException("reason", reasons.reasonNl(), reasons.reasonEn());
    }
    if (reason.strip().length() > MAX_WITHDRAWAL_REASON) {
      throw new ValidationException(
          "reason",
          "De reden heeft hoogstens " + MAX_WITHDRAWAL_REASON + " tekens.",
          "The reason has at most " + MAX_WITHDRAWAL_REASON + " characters.");
    }
    Determination d =
        guarded(signalId, () -> signal.withdraw(determinationId, actor, reason, clock.instant()));
    signals.save(signal);
    process.complete(
        signalId,
        FraudReviewProcess.approveTask(d.phase()),
        actor.userName(),
        Map.of(
            FraudReviewProcess.APPROVED,
            false,
            FraudReviewProcess.CONCLUSION,
            d.conclusion().name()));
    fire(
        actor,
        "DETERMINATION_WITHDRAWN",
        signalId,
        null,
        describe(d)
            + "; ingetrokken door de opsteller/withdrawn by its author: "
            + d.reviewReasons());
    return details(signal, actor);
  }

  /**
   * Signals that are stuck: a pending determination nobody may approve, or one pending longer than
   * {@code toeslagen.fraud.stuck-after-working-days} working days. For the team manager; the read
   * is audited.
   */
  public List<StuckSignal> stuck(Actor actor) {
    LocalDate today = today();
    List<StuckSignal> found = new ArrayList<>();
    for (Signal s : signals.open()) {
      Determination d = s.awaitingApproval().orElse(null);
      if (d == null) {
        continue;
      }
      List<String> approvers = approvers(s, d);
      boolean nobody = approvers != null && approvers.isEmpty();
      LocalDate authored = d.authoredAt().atZone(ZONE).toLocalDate();
      boolean tooLong =
          calendar != null
              && today.isAfter(calendar.plusWorkingDays(authored, stuckAfterWorkingDays));
      if (!nobody && !tooLong) {
        continue;
      }
      String role = RequiredApproverRole.of(d.phase(), d.conclusion()).name();
      String nl =
          (nobody ? "Niemand met de rol " + role + " mag de vaststelling goedkeuren." : "")
              + (nobody && tooLong ? " " : "")
              + (tooLong
                  ? "Wacht langer dan " + stuckAfterWorkingDays + " werkdagen op goedkeuring."
                  : "");
      String en =
          (nobody ? "Nobody with the role " + role + " may approve the determination." : "")
              + (nobody && tooLong ? " " : "")
              + (tooLong
                  ? "Waiting for approval longer than " + stuckAfterWorkingDays + " working days."
                  : "");
      found.add(
          new StuckSignal(
              s.id(),
              s.citizen().masked(),
              s.phase().name(),
              d.id(),
              d.author(),
              d.authoredAt(),
              role,
              approvers == null ? List.of() : approvers,
              nobody,
              tooLong,
              nl,
              en));
    }
    found.sort(Comparator.comparing(StuckSignal::authoredAt));
    audit.fire(
        new AuditEvent(
            actor.userName(),
            actor.rolesText().isEmpty() ? null : actor.rolesText(),
            "STUCK_SIGNALS_VIEWED",
            "SIGNAL_OVERVIEW",
            "stuck",
            Outcome.SUCCESS,
            null,
            found.size() + " vastgelopen signaal/signalen / stuck signals"));
    return found;
  }

  /**
   * The active users who may approve {@code d} under the four-eyes rules; {@code null} when the
   * user directory is not available.
   */
  List<String> approvers(Signal signal, Determination d) {
    if (roster == null || !d.isAwaitingApproval()) {
      return null;
    }
    return signal.eligibleApprovers(
        d.id(), roster.activeUsersWith(RequiredApproverRole.of(d.phase(), d.conclusion())));
  }

  public SignalDetails review(String signalId, String determinationId, Review cmd, Actor actor) {
    Signal signal = load(signalId);
    if (cmd.approved() == null) {
      throw new ValidationException(
          "approved",
          "Geef aan of u goedkeurt of afwijst.",
          "State whether you approve or reject.");
    }
    requireReasons(cmd.reasons(), actor, "DETERMINATION_REVIEW_REFUSED", signalId);
    boolean approved = cmd.approved();
    Determination d =
        guarded(
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
    return details(signal, actor);
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
    return details(signal, actor);
  }

  /** Makes sure the signal exists (404 otherwise), e.g. before its process diagram is shown. */
  public void requireExists(String signalId) {
    load(signalId);
  }

  /** The plain-language outcome letter of a closed signal (PDF); reading it is audited. */
  public byte[] letter(String signalId, Actor actor) {
    Signal signal = load(signalId);
    StoredDocument letter =
        outcomeLetter(signal.id())
            .orElseThrow(() -> new NotFoundException("uitkomstbrief / outcome letter", signalId));
    byte[] pdf = documents.content(letter.id());
    fire(actor, "LETTER_VIEWED", signalId, null, "Uitkomstbrief/outcome letter " + letter.id());
    return pdf;
  }

  private SignalDetails details(Signal signal, Actor actor) {
    return SignalDetails.of(
        signal,
        actor,
        outcomeLetter(signal.id()).map(StoredDocument::id),
        d -> approvers(signal, d));
  }

  private Optional<StoredDocument> outcomeLetter(String signalId) {
    if (documents == null) {
      return Optional.empty();
    }
    return documents.forOwner(OBJECT_TYPE, signalId).stream()
        .filter(doc -> OutcomeLetter.KIND.equals(doc.kind()))
        .findFirst();
  }

  /**
   * Open signals for the work list, oldest first, optionally only one phase, only those waiting for
   * approval, or only those waiting for this user.
   */
  public List<WorkItem> workList(
      Actor actor, String phase, boolean waitingForApproval, boolean waitingForMe) {
    Phase only = phase == null || phase.isBlank() ? null : parse(Phase.class, "phase", phase);
    LocalDate today = today();
    return signals.open().stream()
        .filter(s -> only == null || s.phase() == only)
        .sorted(Comparator.comparing(Signal::registeredAt))
        .map(s -> WorkItem.of(s, actor, today))
        .filter(w -> !waitingForApproval || w.waitingForApproval())
        .filter(w -> !waitingForMe || w.waitingForMe())
        .toList();
  }

  /** All open signals for the work list, oldest first. */
  public List<WorkItem> workList(Actor actor) {
    return workList(actor, null, false, false);
  }

  /**
   * Open signals about a citizen; only for TOEZICHT and VAKTECHNIEK and always audited. Closed
   * signals are never shown: a closed signal does not mark a citizen.
   */
  public List<WorkItem> searchByBsn(String bsn, Actor actor) {
    PolicyDecision decision = maySearch(actor);
    if (decision.refused()) {
      // audited by the web module's exception mapper; the BSN is not named in the entry
      throw new PolicyViolationException(decision, "CITIZEN", null);
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
   * Deletes closed signals past their retention date, with all personal details and their outcome
   * letters. The audit trail keeps that they existed and why they were closed.
   *
   * @param today the reference date: signals whose retention date lies before it are purged
   * @param actor who runs the purge: {@link Actor#system()} for the nightly job, an administrator
   *     for a run on request
   * @return how many signals were purged
   */
  public int purgeExpired(LocalDate today, Actor actor) {
    List<Signal> expired = signals.purgeable(today);
    for (Signal s : expired) {
      if (documents != null) {
        for (StoredDocument doc : documents.forOwner(OBJECT_TYPE, s.id())) {
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
              OBJECT_TYPE,
              s.id(),
              Outcome.SUCCESS,
              RETENTION_BASIS,
              "Bewaartermijn verstreken op/retention ended "
                  + s.retentionDate()
                  + "; gesloten/closed: "
                  + s.closureReason()));
    }
    return expired.size();
  }

  /** The nightly job. */
  public int purgeExpired(LocalDate today) {
    return purgeExpired(today, Actor.system());
  }

  /** What a retention run did. */
  public record RetentionRun(LocalDate referenceDate, int purged) {}

  /**
   * An administrator runs the retention purge now, as the nightly job would. Only closed signals
   * past their retention date are ever purged. In the demo profile a later reference date may be
   * given, to show the purge before the retention date arrives; it is stated in the audit trail. In
   * production the reference date is always today: records are neither kept longer nor deleted
   * earlier than their retention date.
   */
  public RetentionRun runRetention(LocalDate referenceDate, Actor actor) {
    LocalDate today = today();
    LocalDate date = referenceDate == null ? today : referenceDate;
    if (date.isBefore(today)) {
      throw new ValidationException(
          "today",
          "De peildatum kan niet voor vandaag liggen.",
          "The reference date cannot be before today.");
    }
    if (!date.equals(today) && !"demo".equals(profile)) {
      throw new ValidationException(
          "today",
          "Alleen in de demo-omgeving kan een latere peildatum worden gekozen.",
          "Only the demo profile accepts a later reference date.");
    }
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

  /** Used by the letter step. */
  public Signal signal(String signalId) {
    return load(signalId);
  }

  // ---- helpers ----

  private static <T> T guarded(String signalId, Supplier<T> work) {
    try {
      return work.get();
    } catch (PolicyViolationException e) {
      // the web module's exception mapper audits the refusal once, naming the signal
      throw e.objectType() == null ? e.about(OBJECT_TYPE, signalId) : e;
    }
  }

  /**
   * A determination or review without reasons is invalid input (400); the attempt is audited in its
   * own transaction because nothing else records it.
   */
  private void requireReasons(String reasons, Actor actor, String action, String signalId) {
    PolicyDecision decision = new ReasonsRequiredPolicy().evaluate(reasons);
    if (decision.refused()) {
      refusals.refused(actor, action, signalId, decision);
      throw new ValidationException("reasons", decision.reasonNl(), decision.reasonEn());
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

  /** The actor's real roles, all of them, as the audit entry records them. */
  static String roleOf(Actor actor) {
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
