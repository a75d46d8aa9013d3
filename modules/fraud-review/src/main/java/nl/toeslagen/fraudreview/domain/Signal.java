package nl.toeslagen.fraudreview.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.ValidationException;

/**
 * A signal of possible misuse of a benefit, and its four-eyes review. A signal is not a suspicion:
 * registering it needs no judgement about the citizen. Nothing outside an open signal marks a
 * citizen; a closed signal is kept only until its retention date.
 */
public final class Signal {

  private final SignalId id;
  private final CaseNumber caseNumber;
  private final Bsn citizen;
  private final BenefitType benefitType;
  private final SignalSource source;
  private final String description;
  private final String processingBasis;
  private LocalDate retentionDate;
  private final String registeredBy;
  private final Instant registeredAt;
  private Phase phase;
  private Priority priority;
  private ZienswijzeRequest zienswijzeRequest;
  private Zienswijze zienswijze;
  private Conclusion closingConclusion;
  private Instant closedAt;
  private final List<Determination> determinations;

  private Signal(
      SignalId id,
      CaseNumber caseNumber,
      Bsn citizen,
      BenefitType benefitType,
      SignalSource source,
      String description,
      String processingBasis,
      LocalDate retentionDate,
      String registeredBy,
      Instant registeredAt,
      Phase phase,
      Priority priority,
      ZienswijzeRequest zienswijzeRequest,
      Zienswijze zienswijze,
      Conclusion closingConclusion,
      Instant closedAt,
      List<Determination> determinations) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
    this.citizen = Objects.requireNonNull(citizen, "citizen");
    this.benefitType = Objects.requireNonNull(benefitType, "benefitType");
    this.source = Objects.requireNonNull(source, "source");
    this.description = description;
    this.processingBasis = processingBasis;
    this.retentionDate = Objects.requireNonNull(retentionDate, "retentionDate");
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.phase = Objects.requireNonNull(phase, "phase");
    this.priority = priority;
    this.zienswijzeRequest = zienswijzeRequest;
    this.zienswijze = zienswijze;
    this.closingConclusion = closingConclusion;
    this.closedAt = closedAt;
    this.determinations = new ArrayList<>(determinations == null ? List.of() : determinations);
  }

  /**
   * Registers a signal (role TOEZICHT): who, which benefit, where from, what, on which legal basis
   * it is processed and until when it may be kept while open ({@code retentionDate}, provisional;
   * {@code null}: today plus the longest period of the {@link RetentionSchedulePolicy}). At closure
   * the retention schedule sets the date.
   */
  public static Signal register(
      SignalId id,
      CaseNumber caseNumber,
      Bsn citizen,
      BenefitType benefitType,
      SignalSource source,
      String description,
      String processingBasis,
      LocalDate retentionDate,
      Actor registeredBy,
      Instant now,
      LocalDate today) {
    mayRegister(registeredBy).enforce();
    if (citizen == null) {
      throw new ValidationException("bsn", "Vul het BSN in.", "Enter the BSN.");
    }
    if (benefitType == null) {
      throw new ValidationException("benefitType", "Kies de toeslag.", "Choose the benefit type.");
    }
    if (source == null) {
      throw new ValidationException(
          "source", "Kies de bron van het signaal.", "Choose the source of the signal.");
    }
    if (description == null || description.isBlank()) {
      throw new ValidationException(
          "description", "Beschrijf het signaal.", "Describe the signal.");
    }
    if (processingBasis == null || processingBasis.isBlank()) {
      throw new ValidationException(
          "legalBasis",
          "Vermeld de wettelijke grondslag om dit signaal te verwerken.",
          "State the legal basis for processing this signal.");
    }
    RetentionSchedulePolicy schedule = RetentionSchedulePolicy.standard();
    LocalDate provisional = retentionDate == null ? schedule.latestTypedDate(today) : retentionDate;
    schedule.evaluateTyped(provisional, today).enforceAsInvalid("retentionDate");
    return new Signal(
        id,
        caseNumber,
        citizen,
        benefitType,
        source,
        description.strip(),
        processingBasis.strip(),
        provisional,
        registeredBy.userName(),
        now,
        Phase.RELEVANTIE,
        null,
        null,
        null,
        null,
        null,
        List.of());
  }

  /** Only a supervision officer registers signals. */
  public static PolicyDecision mayRegister(Actor actor) {
    return new SignalRegistrationPolicy().evaluate(actor);
  }

  /** Rebuilds a stored signal without a zienswijze request (persistence only). */
  public static Signal restore(
      SignalId id,
      CaseNumber caseNumber,
      Bsn citizen,
      BenefitType benefitType,
      SignalSource source,
      String description,
      String processingBasis,
      LocalDate retentionDate,
      String registeredBy,
      Instant registeredAt,
      Phase phase,
      Priority priority,
      Zienswijze zienswijze,
      Conclusion closingConclusion,
      Instant closedAt,
      List<Determination> determinations) {
    return restore(
        id,
        caseNumber,
        citizen,
        benefitType,
        source,
        description,
        processingBasis,
        retentionDate,
        registeredBy,
        registeredAt,
        phase,
        priority,
        null,
        zienswijze,
        closingConclusion,
        closedAt,
        determinations);
  }

  /** Rebuilds a stored signal (persistence only). */
  public static Signal restore(
      SignalId id,
      CaseNumber caseNumber,
      Bsn citizen,
      BenefitType benefitType,
      SignalSource source,
      String description,
      String processingBasis,
      LocalDate retentionDate,
      String registeredBy,
      Instant registeredAt,
      Phase phase,
      Priority priority,
      ZienswijzeRequest zienswijzeRequest,
      Zienswijze zienswijze,
      Conclusion closingConclusion,
      Instant closedAt,
      List<Determination> determinations) {
    return new Signal(
        id,
        caseNumber,
        citizen,
        benefitType,
        source,
        description,
        processingBasis,
        retentionDate,
        registeredBy,
        registeredAt,
        phase,
        priority,
        zienswijzeRequest,
        zienswijze,
        closingConclusion,
        closedAt,
        determinations);
  }

  // ---- determinations ----

  /** Whether {@code author} may submit {@code draft} now; the first refusing policy wins. */
  public PolicyDecision mayPropose(DeterminationDraft draft, Actor author, LocalDate today) {
    return new DeterminationProposalPolicy().evaluate(this, draft, author, today);
  }

  /**
   * Submits a determination; it waits for a second person and has no effect until approved.
   *
   * @throws nl.toeslagen.kernel.PolicyViolationException when a policy refuses; nothing changes
   */
  public Determination propose(
      String determinationId,
      DeterminationDraft draft,
      Actor author,
      Instant now,
      LocalDate today) {
    PolicyDecision decision = mayPropose(draft, author, today);
    if (decision.refused() && ZienswijzeBeforeFinePolicy.NAME.equals(decision.policy())) {
      decision.enforceAsConflict();
    }
    decision.enforce();
    FineProposal fine =
        draft.fine() == null
            ? null
            : new FinePolicy().propose(draft.fine(), zienswijze, zienswijzeRequest, today);
    Determination determination =
        Determination.submit(determinationId, draft, fine, author.userName(), now);
    determinations.add(determination);
    return determination;
  }

  /**
   * The conclusions a determination of the current phase can have now: those of the phase, and for
   * the outcome those that follow from the approved findings ({@link
   * OutcomeFollowsFindingsPolicy}); empty when the signal is closed.
   */
  public List<Conclusion> openConclusions() {
    if (isClosed()) {
      return List.of();
    }
    OutcomeFollowsFindingsPolicy findings = new OutcomeFollowsFindingsPolicy();
    return java.util.Arrays.stream(Conclusion.values())
        .filter(c -> c.phase() == phase)
        .filter(c -> phase != Phase.UITKOMST || findings.follows(this, c))
        .toList();
  }

  /**
   * Whether {@code author} can submit a determination now, whatever its content: a qualified author
   * ({@link AuthorQualifiedPolicy}), an open signal with no determination waiting ({@link
   * PhaseOrderPolicy}), and after approved intent the citizen's view first ({@link
   * ZienswijzeOnlyBeforeSanctionPolicy}). The content is checked on submit ({@link #mayPropose}).
   */
  public PolicyDecision mayProposeNow(Actor author) {
    Conclusion any = openConclusions().stream().findFirst().orElse(null);
    DeterminationDraft draft = DeterminationDraft.of(phase, any, null);
    return FourEyesPolicy.firstRefusal(
            () -> author == null ? null : new AuthorQualifiedPolicy().evaluate(author),
            () -> new PhaseOrderPolicy().evaluate(this, draft),
            () -> new ZienswijzeOnlyBeforeSanctionPolicy().outcomeMayFollow(this, draft))
        .orElseGet(
            () ->
                PolicyDecision.allow(
                    DeterminationProposalPolicy.NAME,
                    "Een vaststelling kan worden ingediend.",
                    "A determination can be submitted."));
  }

  /** Whether {@code reviewer} may approve or reject the determination: the four-eyes rules. */
  public PolicyDecision mayReview(String determinationId, Actor reviewer) {
    return new FourEyesPolicy().evaluate(determination(determinationId), determinations, reviewer);
  }

  /**
   * Approves (the determination takes effect and the signal moves on) or rejects (back to its
   * author with the reasons).
   *
   * @throws nl.toeslagen.kernel.PolicyViolationException when a four-eyes rule refuses or reasons
   *     are missing; nothing changes
   */
  public Determination review(
      String determinationId, Actor reviewer, boolean approved, String reasons, Instant now) {
    mayReview(determinationId, reviewer).enforce();
    new ReasonsRequiredPolicy().evaluate(reasons).enforce();
    Determination determination = determination(determinationId);
    determination.review(reviewer.userName(), approved, reasons, now);
    if (approved) {
      takeEffect(determination, now);
    }
    return determination;
  }

  private void takeEffect(Determination determination, Instant now) {
    Conclusion conclusion = determination.conclusion();
    if (conclusion == Conclusion.RELEVANT) {
      priority = determination.priority();
    }
    phase = conclusion.nextPhase();
    if (conclusion.closesSignal()) {
      closingConclusion = conclusion;
      closedAt = now;
      retentionDate =
          RetentionSchedulePolicy.standard()
              .retentionDate(conclusion, now.atZone(DateRange.ZONE).toLocalDate());
    }
  }

  /**
   * Who of {@code candidates} may approve the determination under the four-eyes rules, by user name
   * in order; empty when nobody can (the author should be told, see docs/fraud-review.md).
   */
  public List<String> eligibleApprovers(String determinationId, Collection<Actor> candidates) {
    List<String> names = new ArrayList<>();
    for (Actor candidate : candidates) {
      if (mayReview(determinationId, candidate).allowed()) {
        names.add(candidate.userName());
      }
    }
    names.sort(null);
    return names;
  }

  /** Only the author withdraws a determination, and only while it waits for approval. */
  public PolicyDecision mayWithdraw(String determinationId, Actor actor) {
    return new DeterminationWithdrawalPolicy().evaluate(determination(determinationId), actor);
  }

  /**
   * The author withdraws a determination that waits for approval; the phase stays, and a new
   * determination may be submitted (by anyone qualified).
   *
   * @throws nl.toeslagen.kernel.PolicyViolationException when refused or without reasons; nothing
   *     changes
   */
  public Determination withdraw(String determinationId, Actor author, String reasons, Instant now) {
    PolicyDecision decision = mayWithdraw(determinationId, author);
    decision.enforce();
    new ReasonsRequiredPolicy().evaluate(reasons).enforce();
    Determination determination = determination(determinationId);
    determination.withdraw(author.userName(), reasons, now);
    return determination;
  }

  // ---- zienswijze ----

  /** The citizen's view can be asked once intent or gross negligence was approved, once. */
  public PolicyDecision mayRequestZienswijze(Actor actor) {
    return new ZienswijzeOnlyBeforeSanctionPolicy().mayRequest(this, actor);
  }

  /**
   * Asks the citizen for their view on the intended fine and the facts (the letter is the
   * handler's): the last day to respond follows from {@link ZienswijzeTermPolicy}.
   *
   * @throws nl.toeslagen.kernel.PolicyViolationException 403 at the wrong moment or by the wrong
   *     role, 409 when already asked, 403 when the intended fine breaks the fine rules
   */
  public ZienswijzeRequest requestZienswijze(
      List<String> facts,
      FineRequest intendedFine,
      Actor actor,
      LocalDate today,
      LegalCalendar calendar) {
    PolicyDecision decision = mayRequestZienswijze(actor);
    if (decision.refused() && (zienswijzeRequest != null || zienswijze != null)) {
      decision.enforceAsConflict();
    }
    decision.enforce();
    if (intendedFine == null) {
      throw new ValidationException(
          "intendedFine", "Vermeld de voorgenomen boete.", "State the intended fine.");
    }
    FineProposal intended = new FinePolicy().intended(intendedFine, today);
    ZienswijzeRequest request =
        new ZienswijzeRequest(
            today,
            new ZienswijzeTermPolicy().respondBy(today, calendar),
            facts,
            intended,
            actor.userName());
    this.zienswijzeRequest = request;
    return request;
  }

  /** The citizen's view can be recorded once intent or gross negligence was approved. */
  public PolicyDecision mayRecordZienswijze(Actor actor) {
    return new ZienswijzeOnlyBeforeSanctionPolicy().mayRecord(this, actor);
  }

  /** Records the view with the standard legal calendar. */
  public void recordZienswijze(Zienswijze recorded, Actor actor) {
    recordZienswijze(recorded, actor, LegalCalendar.standard());
  }

  /**
   * Records the citizen's view, or that none came: "no response" only after the period to respond
   * lapsed ({@link ZienswijzeTermPolicy}, 409 before). After a request its date is the date asked.
   */
  public void recordZienswijze(Zienswijze recorded, Actor actor, LegalCalendar calendar) {
    mayRecordZienswijze(actor).enforce();
    Objects.requireNonNull(recorded, "zienswijze");
    if (zienswijzeRequest != null
        && !recorded.requestedOn().equals(zienswijzeRequest.requestedOn())) {
      throw new ValidationException(
          "requestedOn",
          "De zienswijze is gevraagd op "
              + zienswijzeRequest.requestedOn()
              + "; laat de datum leeg of vul die datum in.",
          "The view was asked on "
              + zienswijzeRequest.requestedOn()
              + "; leave the date empty or give that date.");
    }
    if (!recorded.responded()) {
      LocalDate respondBy =
          zienswijzeRequest != null
              ? zienswijzeRequest.respondBy()
              : new ZienswijzeTermPolicy().respondBy(recorded.requestedOn(), calendar);
      new ZienswijzeTermPolicy()
          .mayRecordNoResponse(respondBy, recorded.recordedOn())
          .enforceAsConflict();
    }
    this.zienswijze = recorded;
  }

  // ---- queries ----

  public Optional<Determination> awaitingApproval() {
    return determinations.stream().filter(Determination::isAwaitingApproval).findFirst();
  }

  /** The latest rejected determination of the current phase, if no newer one followed it. */
  public Optional<Determination> returnedForRevision() {
    return latest().filter(d -> d.isRejected() && d.phase() == phase);
  }

  /** Open work for this user: a determination they may review, or one returned to them. */
  public boolean isWaitingFor(Actor actor) {
    if (isClosed()) {
      return false;
    }
    boolean canReview =
        awaitingApproval().map(d -> mayReview(d.id(), actor).allowed()).orElse(false);
    boolean returned =
        returnedForRevision().map(d -> d.author().equals(actor.userName())).orElse(false);
    return canReview || returned;
  }

  public Optional<Conclusion> approvedConclusion(Phase of) {
    return determinations.stream()
        .filter(d -> d.phase() == of && d.isApproved())
        .map(Determination::conclusion)
        .reduce((first, second) -> second);
  }

  public Determination determination(String determinationId) {
    return determinations.stream()
        .filter(d -> d.id().equals(determinationId))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Determination", determinationId));
  }

  private Optional<Determination> latest() {
    return determinations.stream().max(Comparator.comparing(Determination::authoredAt));
  }

  public boolean isClosed() {
    return phase == Phase.AFGESLOTEN;
  }

  /** Closed and past its retention date: the personal details must go. */
  public boolean isPurgeable(LocalDate today) {
    return isClosed() && today.isAfter(retentionDate);
  }

  /** Why the signal was closed, without personal details (for the audit trail). */
  public String closureReason() {
    if (!isClosed()) {
      return null;
    }
    return switch (closingConclusion) {
      case NIET_RELEVANT -> "Niet relevant / not relevant";
      case GEEN_ONJUISTHEID -> "Geen onjuistheid / nothing wrong";
      case ONBEWUSTE_FOUT -> "Onbewuste fout, hersteld / honest mistake, corrected";
      case OPZET_OF_GROVE_SCHULD ->
          "Opzet of grove schuld, boetevoorstel / intent or gross negligence, fine proposal";
      default -> closingConclusion.name();
    };
  }

  public SignalId id() {
    return id;
  }

  /** The human-readable case number ({@code TZ-2026-000123}), shown next to the id. */
  public CaseNumber caseNumber() {
    return caseNumber;
  }

  public Bsn citizen() {
    return citizen;
  }

  public BenefitType benefitType() {
    return benefitType;
  }

  public SignalSource source() {
    return source;
  }

  public String description() {
    return description;
  }

  public String processingBasis() {
    return processingBasis;
  }

  public LocalDate retentionDate() {
    return retentionDate;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Phase phase() {
    return phase;
  }

  public Priority priority() {
    return priority;
  }

  public Zienswijze zienswijze() {
    return zienswijze;
  }

  /** The request for the citizen's view, if it was asked through this system. */
  public ZienswijzeRequest zienswijzeRequest() {
    return zienswijzeRequest;
  }

  public Optional<Conclusion> outcome() {
    return Optional.ofNullable(closingConclusion);
  }

  public Instant closedAt() {
    return closedAt;
  }

  public List<Determination> determinations() {
    return List.copyOf(determinations);
  }
}
