package nl.toeslagen.fraudreview.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.ValidationException;

/**
 * A signal of possible misuse of a benefit, and its four-eyes review. A signal is not a suspicion:
 * registering it needs no judgement about the citizen. Nothing outside an open signal marks a
 * citizen; a closed signal is kept only until its retention date.
 */
public final class Signal {

  public static final String REGISTRATION_POLICY = "SignalRegistration";
  public static final String ZIENSWIJZE_POLICY = "ZienswijzeOnlyBeforeSanction";
  public static final String WITHDRAWAL_POLICY = "DeterminationWithdrawal";

  private final String id;
  private final Bsn citizen;
  private final BenefitType benefitType;
  private final SignalSource source;
  private final String description;
  private final String processingBasis;
  private final LocalDate retentionDate;
  private final String registeredBy;
  private final Instant registeredAt;
  private Phase phase;
  private Priority priority;
  private Zienswijze zienswijze;
  private Conclusion closingConclusion;
  private Instant closedAt;
  private final List<Determination> determinations;

  private Signal(
      String id,
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
    this.id = Objects.requireNonNull(id, "id");
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
    this.zienswijze = zienswijze;
    this.closingConclusion = closingConclusion;
    this.closedAt = closedAt;
    this.determinations = new ArrayList<>(determinations == null ? List.of() : determinations);
  }

  /**
   * Registers a signal (role TOEZICHT): who, which benefit, where from, what, on which legal basis
   * it is processed and until when it may be kept.
   */
  public static Signal register(
      String id,
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
    if (retentionDate == null || !retentionDate.isAfter(today)) {
      throw new ValidationException(
          "retentionDate",
          "Geef een bewaartermijn die na vandaag eindigt.",
          "Give a retention date after today.");
    }
    return new Signal(
        id,
        citizen,
        benefitType,
        source,
        description.strip(),
        processingBasis.strip(),
        retentionDate,
        registeredBy.userName(),
        now,
        Phase.RELEVANTIE,
        null,
        null,
        null,
        null,
        List.of());
  }

  /** Only a supervision officer registers signals. */
  public static PolicyDecision mayRegister(Actor actor) {
    if (actor == null || !actor.has(Role.TOEZICHT)) {
      return PolicyDecision.refuse(
          REGISTRATION_POLICY,
          "Alleen een medewerker intensief toezicht kan een signaal registreren.",
          "Only a supervision officer can register a signal.");
    }
    return PolicyDecision.allow(
        REGISTRATION_POLICY,
        "Geregistreerd door een medewerker intensief toezicht.",
        "Registered by a supervision officer.");
  }

  /** Rebuilds a stored signal (persistence only). */
  public static Signal restore(
      String id,
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
    return new Signal(
        id,
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
        zienswijze,
        closingConclusion,
        closedAt,
        determinations);
  }

  // ---- determinations ----

  /** Whether {@code author} may submit {@code draft} now; the first refusing policy wins. */
  public PolicyDecision mayPropose(DeterminationDraft draft, Actor author, LocalDate today) {
    return firstRefusal(
            () -> new AuthorQualifiedPolicy().evaluate(author),
            () -> new PhaseOrderPolicy().evaluate(this, draft),
            () -> new ReasonsRequiredPolicy().evaluate(draft.reasons()),
            () -> new OutcomeFollowsFindingsPolicy().evaluate(this, draft),
            () ->
                draft.fine() == null
                    ? null
                    : new FinePolicy().evaluate(draft.fine(), zienswijze, today),
            () -> zienswijzeBeforeOutcome(draft))
        .orElseGet(
            () ->
                PolicyDecision.allow(
                    "Determination",
                    "De vaststelling wacht op goedkeuring door een tweede persoon.",
                    "The determination waits for approval by a second person."));
  }

  /**
   * Once intent or gross negligence was approved, the citizen is heard before any outcome (also one
   * that turns out milder): the zienswijze comes first.
   */
  private PolicyDecision zienswijzeBeforeOutcome(DeterminationDraft draft) {
    boolean culpable =
        approvedConclusion(Phase.OPZET_GROVE_SCHULD)
            .map(Conclusion::qualifiesAsCulpable)
            .orElse(false);
    if (draft.phase() == Phase.UITKOMST && culpable && zienswijze == null) {
      return PolicyDecision.refuse(
          ZIENSWIJZE_POLICY,
          "Na vastgestelde opzet of grove schuld wordt eerst de zienswijze van de burger gevraagd"
              + " en vastgelegd; daarna volgt de uitkomst.",
          "After intent or gross negligence was established, the citizen's view is asked and"
              + " recorded first; the outcome follows.",
          Laws.awb("4:8"));
    }
    return null;
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
    mayPropose(draft, author, today).enforce();
    FineProposal fine =
        draft.fine() == null ? null : new FinePolicy().propose(draft.fine(), zienswijze, today);
    Determination determination =
        Determination.submit(determinationId, draft, fine, author.userName(), now);
    determinations.add(determination);
    return determination;
  }

  /** Whether {@code reviewer} may approve or reject the determination: the four-eyes rules. */
  public PolicyDecision mayReview(String determinationId, Actor reviewer) {
    Determination determination = determination(determinationId);
    return firstRefusal(
            () ->
                determination.isAwaitingApproval()
                    ? null
                    : PolicyDecision.refuse(
                        PhaseOrderPolicy.NAME,
                        "Deze vaststelling is al beoordeeld.",
                        "This determination has already been reviewed."),
            () -> new FourEyesNotAuthorPolicy().evaluate(determination, reviewer),
            () ->
                new FourEyesNoEarlierAuthorPolicy()
                    .evaluate(determination, determinations, reviewer),
            () -> new FourEyesRolePolicy().evaluate(determination, reviewer))
        .orElseGet(
            () ->
                PolicyDecision.allow(
                    "FourEyes",
                    "Een tweede, bevoegde persoon beoordeelt de vaststelling.",
                    "A second, qualified person reviews the determination."));
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
    Determination determination = determination(determinationId);
    if (!determination.isAwaitingApproval()) {
      return PolicyDecision.refuse(
          WITHDRAWAL_POLICY,
          "Alleen een vaststelling die nog op goedkeuring wacht, kan worden ingetrokken.",
          "Only a determination that still waits for approval can be withdrawn.");
    }
    if (actor == null || !determination.author().equals(actor.userName())) {
      return PolicyDecision.refuse(
          WITHDRAWAL_POLICY,
          "Alleen de opsteller kan deze vaststelling intrekken.",
          "Only its author can withdraw this determination.");
    }
    return PolicyDecision.allow(
        WITHDRAWAL_POLICY,
        "De opsteller trekt de vaststelling in voordat die is beoordeeld; zij heeft geen gevolg.",
        "The author withdraws the determination before review; it has no effect.");
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

  /** The citizen's view can be recorded once intent or gross negligence was approved. */
  public PolicyDecision mayRecordZienswijze(Actor actor) {
    boolean culpable =
        approvedConclusion(Phase.OPZET_GROVE_SCHULD)
            .map(Conclusion::qualifiesAsCulpable)
            .orElse(false);
    if (phase != Phase.UITKOMST || !culpable) {
      return PolicyDecision.refuse(
          ZIENSWIJZE_POLICY,
          "Een zienswijze wordt gevraagd nadat opzet of grove schuld is vastgesteld en"
              + " goedgekeurd, en vóór de uitkomst.",
          "A view is asked after intent or gross negligence was established and approved, and"
              + " before the outcome.");
    }
    if (actor == null || !actor.hasAny(Role.TOEZICHT, Role.VAKTECHNIEK)) {
      return PolicyDecision.refuse(
          ZIENSWIJZE_POLICY,
          "Alleen een medewerker toezicht of vaktechniek legt een zienswijze vast.",
          "Only a supervision officer or professional-line reviewer records a view.");
    }
    return PolicyDecision.allow(
        ZIENSWIJZE_POLICY, "Zienswijze vastgelegd.", "View recorded.", null);
  }

  public void recordZienswijze(Zienswijze recorded, Actor actor) {
    mayRecordZienswijze(actor).enforce();
    this.zienswijze = Objects.requireNonNull(recorded, "zienswijze");
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

  @SafeVarargs
  private static Optional<PolicyDecision> firstRefusal(
      java.util.function.Supplier<PolicyDecision>... policies) {
    return Stream.of(policies)
        .map(java.util.function.Supplier::get)
        .filter(d -> d != null && d.refused())
        .findFirst();
  }

  public String id() {
    return id;
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
