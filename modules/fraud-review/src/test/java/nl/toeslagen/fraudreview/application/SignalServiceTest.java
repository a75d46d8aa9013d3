package nl.toeslagen.fraudreview.application;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.fraudreview.application.SignalCommands.Fine;
import nl.toeslagen.fraudreview.application.SignalCommands.RecordZienswijze;
import nl.toeslagen.fraudreview.application.SignalCommands.RegisterSignal;
import nl.toeslagen.fraudreview.application.SignalCommands.Review;
import nl.toeslagen.fraudreview.application.SignalCommands.SubmitDetermination;
import nl.toeslagen.fraudreview.application.SignalViews.DeterminationView;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.domain.FourEyesNotAuthorPolicy;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignalServiceTest {

  static final String BSN = "111222333";
  static final Actor ANNA = Actor.of("anna", Role.TOEZICHT);
  static final Actor BRAM = Actor.of("bram", Role.TOEZICHT);
  static final Actor CARLA = Actor.of("carla", Role.TOEZICHT);
  static final Actor VERA = Actor.of("vera", Role.VAKTECHNIEK);
  static final Actor VICTOR = Actor.of("victor", Role.VAKTECHNIEK);
  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  final List<AuditEvent> audited = new ArrayList<>();
  final List<String> moved = new ArrayList<>();
  final Map<String, Signal> stored = new LinkedHashMap<>();
  SignalService service;

  @BeforeEach
  void wire() {
    service = new SignalService();
    service.signals = new InMemorySignals();
    service.audit = new RecordingEvent();
    service.refusals = new RefusalAudit();
    service.refusals.audit = service.audit;
    service.clock = Clock.fixed(Instant.parse("2025-03-10T09:00:00Z"), ZoneOffset.UTC);
    service.profile = "demo";
    service.process =
        new ProcessSteering() {
          @Override
          public void start(String signalId) {
            moved.add("start " + signalId);
          }

          @Override
          public void complete(
              String signalId, String taskKey, String user, Map<String, Object> vars) {
            moved.add(taskKey + " by " + user + " " + new java.util.TreeMap<>(vars));
          }
        };
  }

  private String register() {
    return service
        .register(
            new RegisterSignal(
                BSN,
                "huurtoeslag",
                "TIP",
                "Tip over een extra bewoner",
                "Awir art. 40",
                TODAY.plusYears(1)),
            ANNA)
        .id();
  }

  private DeterminationView submit(String id, Actor author, Phase phase, String conclusion) {
    return submit(id, author, phase, conclusion, null);
  }

  private DeterminationView submit(
      String id, Actor author, Phase phase, String conclusion, Fine fine) {
    return service.submit(
        id,
        new SubmitDetermination(
            phase.name(),
            conclusion,
            "Reden voor " + conclusion,
            List.of("Feit"),
            List.of("BWBR0018472 art. 41"),
            null,
            fine),
        author);
  }

  private SignalDetails approve(String id, DeterminationView d, Actor reviewer) {
    return service.review(id, d.id(), new Review(true, "Akkoord"), reviewer);
  }

  private List<String> actions() {
    return audited.stream().map(AuditEvent::action).toList();
  }

  @Test
  void registrationAnswersRelevanceStartsTheProcessAndAuditsWithoutTheBsn() {
    var created =
        service.register(
            new RegisterSignal(
                BSN, "ZORGTOESLAG", "STEEKPROEF", "Steekproef", "Awir art. 40", TODAY.plusYears(1)),
            ANNA);

    assertThat(created.phase()).isEqualTo("RELEVANTIE");
    assertThat(moved).containsExactly("start " + created.id());
    assertThat(audited)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("SIGNAL_REGISTERED");
              assertThat(e.legalBasis()).isEqualTo("Awir art. 40");
              assertThat(e.reasons()).doesNotContain(BSN);
            });
  }

  /** Two TOEZICHT officers only: the roster the demo profile has. */
  private void onlyAnnaAndBramInTheDirectory() {
    service.roster =
        role -> java.util.stream.Stream.of(ANNA, BRAM, VERA).filter(a -> a.has(role)).toList();
  }

  @Test
  void theAuthorIsWarnedWhenNobodyMayApproveTheDetermination() {
    onlyAnnaAndBramInTheDirectory();
    String id = register();
    DeterminationView relevance = submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");
    assertThat(relevance.eligibleApprovers()).containsExactly("bram");
    assertThat(relevance.noApproverWarningNl()).isNull();
    approve(id, relevance, BRAM);

    DeterminationView legality = submit(id, BRAM, Phase.RECHTMATIGHEID, "TOEKENNING_ONJUIST");

    assertThat(legality.status()).isEqualTo("AWAITING_APPROVAL");
    assertThat(legality.eligibleApprovers()).isEmpty();
    assertThat(legality.noApproverWarningNl()).contains("Niemand kan deze vaststelling");
    assertThat(legality.noApproverWarningEn()).contains("Nobody can approve");
    assertThat(actions()).contains("DETERMINATION_HAS_NO_ELIGIBLE_APPROVER");
    assertThat(service.get(id, BRAM).determinations().get(1).noApproverWarningEn())
        .contains("Nobody can approve");
  }

  @Test
  void aSignalNobodyMayApproveIsStuckForTheManagerAndTheAuthorMayWithdraw() {
    onlyAnnaAndBramInTheDirectory();
    String id = register();
    approve(id, submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT"), BRAM);
    DeterminationView legality = submit(id, BRAM, Phase.RECHTMATIGHEID, "TOEKENNING_ONJUIST");
    Actor manager = Actor.of("teamleider1", Role.TEAMLEIDER);

    assertThat(service.stuck(manager))
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.id()).isEqualTo(id);
              assertThat(st.noEligibleApprover()).isTrue();
              assertThat(st.waitingTooLong()).isFalse();
              assertThat(st.bsnMasked()).doesNotContain(BSN);
            });
    assertThat(actions()).contains("STUCK_SIGNALS_VIEWED");

    assertThatThrownBy(
            () ->
                service.withdraw(
                    id, legality.id(), new SignalCommands.WithdrawDetermination(" "), BRAM))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(
            () ->
                service.withdraw(
                    id,
                    legality.id(),
                    new SignalCommands.WithdrawDetermination("x".repeat(4001)),
                    BRAM))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(
            () ->
                service.withdraw(
                    id, legality.id(), new SignalCommands.WithdrawDetermination("Weg"), ANNA))
        .isInstanceOf(PolicyViolationException.class);
    moved.clear();

    SignalDetails after =
        service.withdraw(
            id,
            legality.id(),
            new SignalCommands.WithdrawDetermination("Niemand kan goedkeuren"),
            BRAM);

    assertThat(after.determinations().get(1).status()).isEqualTo("WITHDRAWN");
    assertThat(moved)
        .containsExactly(
            "ApproveLegalityTask by bram {approved=false, conclusion=TOEKENNING_ONJUIST}");
    assertThat(actions()).contains("DETERMINATION_WITHDRAWN");
    assertThat(service.stuck(manager)).isEmpty();
  }

  @Test
  void aDeterminationPendingLongerThanTheAllowedWorkingDaysIsStuck() {
    service.roster = role -> java.util.List.of(ANNA, BRAM, CARLA);
    service.calendar = nl.toeslagen.kernel.LegalCalendar.standard();
    String id = register();
    submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");
    Actor manager = Actor.of("teamleider1", Role.TEAMLEIDER);
    assertThat(service.stuck(manager)).isEmpty();

    // Monday 10 March 2025 + 5 working days = Monday 17 March; from Tuesday on it is stuck
    service.clock = Clock.fixed(Instant.parse("2025-03-18T09:00:00Z"), ZoneOffset.UTC);

    assertThat(service.stuck(manager))
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.waitingTooLong()).isTrue();
              assertThat(st.noEligibleApprover()).isFalse();
              assertThat(st.eligibleApprovers()).containsExactly("bram", "carla");
            });
  }

  @Test
  void sameUserIsRefusedWithARefusalThatNamesTheSignal() {
    String id = register();
    DeterminationView d = submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");
    moved.clear();
    int before = audited.size();

    // the web module's exception mapper audits the refusal once, under the signal it names
    assertThatThrownBy(() -> approve(id, d, ANNA))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision().policy()).isEqualTo(FourEyesNotAuthorPolicy.NAME);
              assertThat(e.objectType()).isEqualTo("SIGNAL");
              assertThat(e.objectId()).isEqualTo(id);
            });
    assertThat(audited).hasSize(before);
    assertThat(moved).isEmpty();
    assertThat(service.get(id, BRAM).determinations().get(0).status())
        .isEqualTo("AWAITING_APPROVAL");
  }

  @Test
  void approvalBySecondPersonTakesEffectAndMovesTheProcess() {
    String id = register();
    DeterminationView d = submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");

    SignalDetails after = approve(id, d, BRAM);

    assertThat(after.phase()).isEqualTo("RECHTMATIGHEID");
    assertThat(after.determinations().get(0).approver()).isEqualTo("bram");
    assertThat(after.determinations().get(0).approvalReasons()).isEqualTo("Akkoord");
    assertThat(moved)
        .contains(
            "AssessRelevanceTask by anna {conclusion=RELEVANT}",
            "ApproveRelevanceTask by bram {approved=true, conclusion=RELEVANT}");
    assertThat(actions()).contains("DETERMINATION_SUBMITTED", "DETERMINATION_APPROVED");
  }

  @Test
  void determinationWithoutReasonsIsInvalidInputAndAudited() {
    String id = register();

    assertThatThrownBy(
            () ->
                service.submit(
                    id,
                    new SubmitDetermination("RELEVANTIE", "RELEVANT", " ", null, null, null, null),
                    ANNA))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("reasons"));
    assertThat(moved).containsExactly("start " + id);
    assertThat(audited.get(audited.size() - 1).action()).isEqualTo("DETERMINATION_REFUSED");
    assertThat(audited.get(audited.size() - 1).objectId()).isEqualTo(id);

    assertThat(audited.get(audited.size() - 1).outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(audited.get(audited.size() - 1).legalBasis()).isEqualTo("BWBR0005537 art. 3:46");
  }

  @Test
  void culpableOutcomeNeedsTheZienswijzeThenClosesWithAFineProposal() {
    String id = register();
    approve(id, submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT"), BRAM);
    approve(id, submit(id, CARLA, Phase.RECHTMATIGHEID, "TOEKENNING_ONJUIST"), BRAM);
    approve(id, submit(id, BRAM, Phase.OPZET_GROVE_SCHULD, "OPZET"), VERA);
    Fine fine = new Fine(60_000L, 100, null, false, "RAP-9");

    assertThatThrownBy(() -> submit(id, CARLA, Phase.UITKOMST, "OPZET_OF_GROVE_SCHULD", fine))
        .isInstanceOf(PolicyViolationException.class);
    service.recordZienswijze(
        id, new RecordZienswijze(TODAY.minusWeeks(2), true, "Niet geweten"), CARLA);
    DeterminationView outcome = submit(id, CARLA, Phase.UITKOMST, "OPZET_OF_GROVE_SCHULD", fine);
    SignalDetails closed = approve(id, outcome, VICTOR);

    assertThat(outcome.fine().amount()).isEqualTo("€ 600,00");
    assertThat(outcome.requiredApproverRole()).isEqualTo("VAKTECHNIEK");
    assertThat(closed.outcome()).isEqualTo("OPZET_OF_GROVE_SCHULD");
    assertThat(moved).contains("RequestZienswijzeTask by carla {}");
    assertThat(actions()).contains("ZIENSWIJZE_RECORDED", "SIGNAL_CLOSED");
  }

  @Test
  void workListShowsWhatWaitsForWhom() {
    String id = register();
    submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");

    var forBram = service.workList(BRAM).get(0);
    var forAnna = service.workList(ANNA).get(0);

    assertThat(forBram.waitingForApproval()).isTrue();
    assertThat(forBram.waitingForMe()).isTrue();
    assertThat(forAnna.waitingForMe()).isFalse();
    assertThat(forBram.bsnMasked()).isEqualTo("*****2333");
  }

  @Test
  void searchByBsnShowsOnlyOpenSignalsAndIsAudited() {
    String open = register();
    String closed = register();
    approve(closed, submit(closed, ANNA, Phase.RELEVANTIE, "NIET_RELEVANT"), BRAM);

    var found = service.searchByBsn(BSN, VERA);

    assertThat(found).extracting(SignalViews.WorkItem::id).containsExactly(open);
    AuditEvent search = audited.get(audited.size() - 1);
    assertThat(search.action()).isEqualTo("SIGNAL_SEARCH_BY_BSN");
    assertThat(search.objectId()).isEqualTo("*****2333");
  }

  @Test
  void searchByOtherRolesIsRefusedWithoutNamingTheCitizen() {
    register();

    int before = audited.size();

    // refused without naming the BSN; the web module's exception mapper audits it
    assertThatThrownBy(() -> service.searchByBsn(BSN, Actor.of("bob", Role.BEHANDELAAR)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.objectType()).isEqualTo("CITIZEN");
              assertThat(e.objectId()).isNull();
            });
    assertThat(audited).hasSize(before);
  }

  @Test
  void retentionPurgesClosedSignalsAndKeepsWhyTheyWereClosed() {
    String closed = register();
    approve(closed, submit(closed, ANNA, Phase.RELEVANTIE, "NIET_RELEVANT"), BRAM);
    String open = register();
    int before = audited.size();

    assertThat(service.purgeExpired(TODAY.plusYears(1))).isZero();
    int purged = service.purgeExpired(TODAY.plusYears(1).plusDays(1));

    assertThat(purged).isEqualTo(1);
    assertThat(stored).containsOnlyKeys(open);
    AuditEvent entry = audited.get(audited.size() - 1);
    assertThat(entry.action()).isEqualTo("SIGNAL_PURGED");
    assertThat(entry.objectId()).isEqualTo(closed);
    assertThat(entry.reasons()).contains("Niet relevant").doesNotContain(BSN);
    assertThat(audited.subList(0, before)).anyMatch(e -> e.objectId().equals(closed));
  }

  @Test
  void anAdministratorRunsTheRetentionWithALaterReferenceDateAndTheRunIsAudited() {
    String closed = register();
    approve(closed, submit(closed, ANNA, Phase.RELEVANTIE, "NIET_RELEVANT"), BRAM);
    Actor beheer = Actor.of("bea", Role.BEHEER);

    assertThatThrownBy(() -> service.runRetention(TODAY.minusDays(1), beheer))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("today"));
    assertThat(service.runRetention(null, beheer).purged()).isZero();
    var run = service.runRetention(TODAY.plusYears(1).plusDays(1), beheer);

    assertThat(run.purged()).isEqualTo(1);
    assertThat(stored).isEmpty();
    assertThat(audited)
        .filteredOn(e -> e.action().equals("SIGNAL_PURGED"))
        .singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo("bea"));
    assertThat(audited.get(audited.size() - 1).action()).isEqualTo("RETENTION_RUN");
    assertThat(audited.get(audited.size() - 1).reasons())
        .contains(TODAY.plusYears(1).plusDays(1).toString(), "vandaag/today " + TODAY, "1 signaal");
  }

  @Test
  void inProductionTheRetentionRunAlwaysUsesToday() {
    String closed = register();
    approve(closed, submit(closed, ANNA, Phase.RELEVANTIE, "NIET_RELEVANT"), BRAM);
    Actor beheer = Actor.of("bea", Role.BEHEER);
    service.profile = "production";

    assertThatThrownBy(() -> service.runRetention(TODAY.plusYears(1).plusDays(1), beheer))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("today"));
    assertThat(stored).containsKey(closed);
    assertThat(service.runRetention(TODAY, beheer).purged()).isZero();
  }

  @Test
  void theWorkListFiltersByPhaseApprovalAndWhatWaitsForMe() {
    String waiting = register();
    submit(waiting, ANNA, Phase.RELEVANTIE, "RELEVANT");
    String further = register();
    approve(further, submit(further, ANNA, Phase.RELEVANTIE, "RELEVANT"), BRAM);

    assertThat(service.workList(BRAM, "RECHTMATIGHEID", false, false))
        .extracting(SignalViews.WorkItem::id)
        .containsExactly(further);
    assertThat(service.workList(ANNA, null, true, false))
        .extracting(SignalViews.WorkItem::id)
        .containsExactly(waiting);
    assertThat(service.workList(BRAM, null, false, true))
        .extracting(SignalViews.WorkItem::id)
        .containsExactly(waiting);
    assertThat(service.workList(ANNA, null, false, true)).isEmpty();
  }

  /** Keeps signals in a map; a stored signal is the domain object itself. */
  class InMemorySignals implements SignalRepository {
    @Override
    public Optional<Signal> find(String id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public void save(Signal signal) {
      stored.put(signal.id(), signal);
    }

    @Override
    public List<Signal> open() {
      return stored.values().stream().filter(s -> !s.isClosed()).toList();
    }

    @Override
    public List<Signal> openFor(Bsn citizen) {
      return open().stream().filter(s -> s.citizen().equals(citizen)).toList();
    }

    @Override
    public List<Signal> purgeable(LocalDate today) {
      return stored.values().stream().filter(s -> s.isPurgeable(today)).toList();
    }

    @Override
    public void delete(String id) {
      stored.remove(id);
    }
  }

  /**
   * Collects fired audit events. The service only ever fires synchronously (the audit entry must be
   * written in the caller's transaction), so the asynchronous and sub-type methods fail loudly if a
   * change starts using them.
   */
  class RecordingEvent implements Event<AuditEvent> {
    @Override
    public void fire(AuditEvent event) {
      audited.add(event);
    }

    @Override
    public <U extends AuditEvent> CompletionStage<U> fireAsync(U event) {
      throw new AssertionError("the service must fire audit events synchronously");
    }

    @Override
    public <U extends AuditEvent> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new AssertionError("the service must fire audit events synchronously");
    }

    @Override
    public Event<AuditEvent> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends AuditEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("the service must fire audit events synchronously");
    }

    @Override
    public <U extends AuditEvent> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new AssertionError("the service must fire audit events synchronously");
    }
  }
}
