package nl.toeslagen.fraudreview.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.fraudreview.application.SignalCommands.DeterminationReview;
import nl.toeslagen.fraudreview.application.SignalCommands.Fine;
import nl.toeslagen.fraudreview.application.SignalCommands.RecordZienswijze;
import nl.toeslagen.fraudreview.application.SignalCommands.RegisterSignal;
import nl.toeslagen.fraudreview.application.SignalCommands.SubmitDetermination;
import nl.toeslagen.fraudreview.application.SignalViews.DeterminationView;
import nl.toeslagen.fraudreview.application.SignalViews.SignalDetails;
import nl.toeslagen.fraudreview.application.TestDoubles.MutableClock;
import nl.toeslagen.fraudreview.application.TestDoubles.Processes;
import nl.toeslagen.fraudreview.application.TestDoubles.RecordingEvent;
import nl.toeslagen.fraudreview.application.TestDoubles.Tasks;
import nl.toeslagen.fraudreview.domain.FourEyesNotAuthorPolicy;
import nl.toeslagen.fraudreview.domain.Phase;
import nl.toeslagen.fraudreview.domain.ReasonsRequiredPolicy;
import nl.toeslagen.fraudreview.domain.RetentionReferenceDatePolicy;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.fraudreview.domain.SignalId;
import nl.toeslagen.fraudreview.domain.SignalRepository;
import nl.toeslagen.fraudreview.domain.SignalSearchByBsnPolicy;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.usecase.api.UnitOfWorkForTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fraud-review handlers and queries on the shared unit of work, with the signals in memory and
 * the process and task ports recorded.
 */
class SignalHandlersTest {

  static final String BSN = "111222333";
  static final Actor ANNA = Actor.of("anna", Role.TOEZICHT);
  static final Actor BRAM = Actor.of("bram", Role.TOEZICHT);
  static final Actor CARLA = Actor.of("carla", Role.TOEZICHT);
  static final Actor VERA = Actor.of("vera", Role.VAKTECHNIEK);
  static final Actor VICTOR = Actor.of("victor", Role.VAKTECHNIEK);
  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  final List<AuditEvent> audited = new ArrayList<>();
  final List<Notice> notices = new ArrayList<>();
  final List<String> moved = new ArrayList<>();
  final Map<String, Signal> stored = new LinkedHashMap<>();
  final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"));
  final Tasks tasks = new Tasks(moved);
  final Processes processes = new Processes(moved);
  Actor current = ANNA;

  SignalAnswers answers = new SignalAnswers();
  RegisterSignalHandler registration = new RegisterSignalHandler();
  SubmitDeterminationHandler submission = new SubmitDeterminationHandler();
  ReviewDeterminationHandler reviews = new ReviewDeterminationHandler();
  WithdrawDeterminationHandler withdrawals = new WithdrawDeterminationHandler();
  RecordZienswijzeHandler zienswijzen = new RecordZienswijzeHandler();
  RequestZienswijzeHandler zienswijzeRequests = new RequestZienswijzeHandler();
  final List<nl.toeslagen.documents.api.Letter> letters = new ArrayList<>();
  final List<String> letterEvents = new ArrayList<>();
  SignalQueries queries = new SignalQueries();
  StuckSignals stuck = new StuckSignals();
  SignalRetention retention = new SignalRetention();

  @BeforeEach
  void wire() {
    SignalRepository signals = new InMemorySignals();
    RecordingEvent<AuditEvent> audit = new RecordingEvent<>(audited);
    UnitOfWork work =
        UnitOfWorkForTests.of(
            () -> current,
            clock,
            audit,
            new RecordingEvent<>(new ArrayList<>()),
            processes,
            tasks,
            (ownerType, ownerId, eventKey, fileName, letter, note) -> {
              if (letterEvents.contains(ownerId + "/" + eventKey)) {
                return false;
              }
              letterEvents.add(ownerId + "/" + eventKey);
              letters.add(letter);
              return true;
            });
    answers.clock = clock;
    registration.work = work;
    registration.signals = signals;
    submission.work = work;
    submission.signals = signals;
    submission.answers = answers;
    submission.actors = () -> current;
    submission.notifications = notices::add;
    submission.stuck = stuck;
    reviews.work = work;
    reviews.signals = signals;
    reviews.answers = answers;
    reviews.actors = () -> current;
    reviews.notifications = notices::add;
    withdrawals.work = work;
    withdrawals.signals = signals;
    withdrawals.answers = answers;
    withdrawals.actors = () -> current;
    zienswijzen.work = work;
    zienswijzen.signals = signals;
    zienswijzen.actors = () -> current;
    zienswijzen.answers = answers;
    zienswijzen.calendar = LegalCalendar.standard();
    zienswijzeRequests.work = work;
    zienswijzeRequests.signals = signals;
    zienswijzeRequests.answers = answers;
    zienswijzeRequests.actors = () -> current;
    zienswijzeRequests.calendar = LegalCalendar.standard();
    queries.work = work;
    queries.signals = signals;
    queries.answers = answers;
    queries.actors = () -> current;
    queries.audit = audit;
    queries.clock = clock;
    stuck.signals = signals;
    stuck.answers = answers;
    stuck.actors = () -> current;
    stuck.audit = audit;
    stuck.clock = clock;
    stuck.calendar = LegalCalendar.standard();
    retention.signals = signals;
    retention.actors = () -> current;
    retention.audit = audit;
    retention.clock = clock;
    retention.profile = "demo";
  }

  private String register() {
    current = ANNA;
    return registration
        .handle(
            new RegisterSignal(
                BSN,
                "huurtoeslag",
                "TIP",
                "Tip over een extra bewoner",
                "Awir art. 40",
                TODAY.plusYears(1)))
        .id();
  }

  private DeterminationView submit(String id, Actor author, Phase phase, String conclusion) {
    return submit(id, author, phase, conclusion, null);
  }

  private DeterminationView submit(
      String id, Actor author, Phase phase, String conclusion, Fine fine) {
    current = author;
    return submission.handle(
        id,
        new SubmitDetermination(
            phase.name(),
            conclusion,
            "Reden voor " + conclusion,
            List.of("Feit"),
            List.of("BWBR0018472 art. 41"),
            null,
            fine));
  }

  private SignalDetails approve(String id, DeterminationView d, Actor reviewer) {
    current = reviewer;
    return reviews.handle(id, d.id(), new DeterminationReview(true, "Akkoord"));
  }

  private SignalDetails get(String id, Actor viewer) {
    current = viewer;
    return queries.get(id);
  }

  private SignalDetails withdraw(String id, String d, String reason, Actor author) {
    current = author;
    return withdrawals.handle(id, d, new SignalCommands.WithdrawDetermination(reason));
  }

  private List<SignalViews.StuckSignal> stuck(Actor manager) {
    current = manager;
    return stuck.list();
  }

  private List<SignalViews.WorkItem> workList(
      Actor viewer, String phase, boolean waitingForApproval, boolean waitingForMe) {
    current = viewer;
    return queries.workList(phase, waitingForApproval, waitingForMe);
  }

  private SignalViews.RetentionRun runRetention(LocalDate date, Actor admin) {
    current = admin;
    return retention.run(date);
  }

  private List<String> actions() {
    return audited.stream().map(AuditEvent::action).toList();
  }

  @Test
  void registrationAnswersRelevanceStartsTheProcessAndAuditsWithoutTheBsn() {
    var created =
        registration.handle(
            new RegisterSignal(
                BSN,
                "ZORGTOESLAG",
                "STEEKPROEF",
                "Steekproef",
                "Awir art. 40",
                TODAY.plusYears(1)));

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
    answers.roster =
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
    assertThat(get(id, BRAM).determinations().get(1).noApproverWarningEn())
        .contains("Nobody can approve");
  }

  @Test
  void aSignalNobodyMayApproveIsStuckForTheManagerAndTheAuthorMayWithdraw() {
    onlyAnnaAndBramInTheDirectory();
    String id = register();
    approve(id, submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT"), BRAM);
    DeterminationView legality = submit(id, BRAM, Phase.RECHTMATIGHEID, "TOEKENNING_ONJUIST");
    Actor manager = Actor.of("teamleider1", Role.TEAMLEIDER);

    assertThat(stuck(manager))
        .singleElement()
        .satisfies(
            st -> {
              assertThat(st.id()).isEqualTo(id);
              assertThat(st.noEligibleApprover()).isTrue();
              assertThat(st.waitingTooLong()).isFalse();
              assertThat(st.bsnMasked()).doesNotContain(BSN);
            });
    assertThat(actions()).contains("STUCK_SIGNALS_VIEWED");

    assertThatThrownBy(() -> withdraw(id, legality.id(), " ", BRAM))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("reason");
              assertThat(e.auditAction()).isEqualTo("DETERMINATION_WITHDRAWAL_REFUSED");
            });
    assertThatThrownBy(() -> withdraw(id, legality.id(), "x".repeat(4001), BRAM))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    assertThatThrownBy(() -> withdraw(id, legality.id(), "Weg", ANNA))
        .isInstanceOf(PolicyViolationException.class);
    moved.clear();

    SignalDetails after = withdraw(id, legality.id(), "Niemand kan goedkeuren", BRAM);

    assertThat(after.determinations().get(1).status()).isEqualTo("WITHDRAWN");
    assertThat(moved).containsExactly("message DeterminationWithdrawn");
    assertThat(actions()).contains("DETERMINATION_WITHDRAWN");
    assertThat(stuck(manager)).isEmpty();
  }

  @Test
  void aDeterminationPendingLongerThanTheAllowedWorkingDaysIsStuck() {
    answers.roster = role -> java.util.List.of(ANNA, BRAM, CARLA);
    stuck.calendar = nl.toeslagen.kernel.LegalCalendar.standard();
    String id = register();
    submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");
    Actor manager = Actor.of("teamleider1", Role.TEAMLEIDER);
    assertThat(stuck(manager)).isEmpty();

    // Monday 10 March 2025 + 5 working days = Monday 17 March; from Tuesday on it is stuck
    clock.now = Instant.parse("2025-03-18T09:00:00Z");

    assertThat(stuck(manager))
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
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.FORBIDDEN);
            });
    assertThat(audited).hasSize(before);
    assertThat(moved).isEmpty();
    assertThat(get(id, BRAM).determinations().get(0).status()).isEqualTo("AWAITING_APPROVAL");
  }

  @Test
  void aSubmittedDeterminationIsNoticedByTheApproversRoleAndARejectionByItsAuthor() {
    String id = register();
    DeterminationView d = submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");

    assertThat(notices)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NoticeKind.REVIEW_REQUESTED);
              assertThat(n.recipientRole()).isEqualTo(Role.TOEZICHT);
              assertThat(n.recipientUser()).isNull();
              assertThat(n.sender()).isEqualTo("anna");
              assertThat(n.workflow()).isEqualTo(Notice.FRAUD_REVIEW);
              assertThat(n.caseId()).isEqualTo(id);
              assertThat(n.caseLabel()).matches("TZ-2025-0*1 · Signaal huurtoeslag");
              assertThat(n.textNl()).contains("relevantie", "anna", "vier ogen");
              assertThat(n.textNl() + n.caseLabel()).doesNotContain(BSN);
            });
    notices.clear();

    current = BRAM;
    reviews.handle(id, d.id(), new DeterminationReview(false, "Onderbouw de prioriteit."));

    assertThat(notices)
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.kind()).isEqualTo(NoticeKind.DRAFT_RETURNED);
              assertThat(n.recipientUser()).isEqualTo("anna");
              assertThat(n.recipientRole()).isNull();
              assertThat(n.sender()).isEqualTo("bram");
              assertThat(n.textNl()).contains("bram", "Onderbouw de prioriteit.");
            });
    notices.clear();

    // an intent determination is approved by the professional line, and an approval is no notice
    approve(id, submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT"), BRAM);
    approve(id, submit(id, BRAM, Phase.RECHTMATIGHEID, "TOEKENNING_ONJUIST"), CARLA);
    assertThat(notices)
        .extracting(Notice::kind)
        .containsExactly(NoticeKind.REVIEW_REQUESTED, NoticeKind.REVIEW_REQUESTED);
    notices.clear();
    submit(id, ANNA, Phase.OPZET_GROVE_SCHULD, "OPZET");
    assertThat(notices)
        .singleElement()
        .satisfies(n -> assertThat(n.recipientRole()).isEqualTo(Role.VAKTECHNIEK));
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
            "AssessRelevanceTask by anna {approverRole=TOEZICHT, conclusion=RELEVANT, deadline=2025-03-17}",
            "ApproveRelevanceTask by bram {approved=true, conclusion=RELEVANT, deadline=null}");
    assertThat(actions()).contains("DETERMINATION_SUBMITTED", "DETERMINATION_APPROVED");
  }

  @Test
  void determinationWithoutReasonsIsInvalidInputNamedForTheAuditOfTheRefusal() {
    String id = register();
    current = ANNA;
    int before = audited.size();

    // the web module's exception mapper audits it once, as DETERMINATION_REFUSED under the signal
    assertThatThrownBy(
            () ->
                submission.handle(
                    id,
                    new SubmitDetermination("RELEVANTIE", "RELEVANT", " ", null, null, null, null)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("reasons");
              assertThat(e.auditAction()).isEqualTo("DETERMINATION_REFUSED");
              assertThat(e.decision().policy()).isEqualTo(ReasonsRequiredPolicy.NAME);
              assertThat(e.decision().basis().toString()).isEqualTo("BWBR0005537 art. 3:46");
              assertThat(e.objectType()).isEqualTo("SIGNAL");
              assertThat(e.objectId()).isEqualTo(id);
            });
    assertThat(moved).containsExactly("start " + id);
    assertThat(audited).hasSize(before);
  }

  @Test
  void aReviewWithoutReasonsIsRefusedAsInvalidAndNamedForItsAudit() {
    String id = register();
    DeterminationView d = submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");
    current = BRAM;

    assertThatThrownBy(() -> reviews.handle(id, d.id(), new DeterminationReview(true, "")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("reasons");
              assertThat(e.auditAction()).isEqualTo("DETERMINATION_REVIEW_REFUSED");
            });
  }

  @Test
  void theProcessCarriesWhatTheTaskListShowsAndSearchesButNotTheBsn() {
    String id = register();

    Map<String, Object> variables = processes.started.get(id);
    String number = (String) variables.get("caseNumber");
    assertThat(number).matches("TZ-2025-\\d{6,}");
    assertThat(variables)
        .containsEntry("caseLabel", number + " · Signaal huurtoeslag")
        .containsEntry("citizen", "*****2333")
        .containsEntry("citizenBsnHash", Bsn.of(BSN).lookupHash())
        .containsEntry("benefitType", "HUURTOESLAG")
        .containsEntry("deadline", null);
    assertThat(variables.values().toString()).doesNotContain(BSN);
  }

  @Test
  void aPendingDeterminationGivesTheApprovalTaskATermThatEndsWithTheReview() {
    String id = register();
    moved.clear();
    // Monday 10 March 2025 + 5 working days: Monday 17 March, the last day before it is stuck
    DeterminationView d = submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");
    assertThat(moved.get(0)).endsWith("deadline=2025-03-17}");

    approve(id, d, BRAM);
    assertThat(moved.get(1)).endsWith("deadline=null}");
  }

  @Test
  void theApproverRoleGoesToTheProcessFromTheDomain() {
    String id = register();
    approve(id, submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT"), BRAM);
    approve(id, submit(id, CARLA, Phase.RECHTMATIGHEID, "TOEKENNING_ONJUIST"), BRAM);
    moved.clear();

    submit(id, BRAM, Phase.OPZET_GROVE_SCHULD, "OPZET");

    assertThat(moved)
        .containsExactly(
            "IntentAssessmentTask by bram {approverRole=VAKTECHNIEK, conclusion=OPZET, deadline=2025-03-17}");
  }

  @Test
  void aTaskSomeoneElseHoldsIsNotTakenOverTheSubmissionIsRefused() {
    String id = register();
    tasks.assign(id, FraudReviewProcess.ASSESS_RELEVANCE_TASK, "bram");
    int before = audited.size();

    // the task port refuses (TaskOwnershipPolicy): the whole change rolls back in its transaction
    assertThatThrownBy(() -> submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT"))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo("TaskOwnershipPolicy"));
    assertThat(moved).containsExactly("start " + id);
    assertThat(tasks.assignees).containsEntry(id + "/AssessRelevanceTask", "bram");
    assertThat(audited.subList(before, audited.size()))
        .noneMatch(e -> e.action().equals("TASK_COMPLETED"));
  }

  @Test
  void withoutAnOpenTaskTheChangeIsAConflictNotAMereLogLine() {
    String id = register();
    tasks.close(id, FraudReviewProcess.ASSESS_RELEVANCE_TASK);

    assertThatThrownBy(() -> submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT"))
        .isInstanceOf(nl.toeslagen.kernel.ConflictException.class);
    assertThat(moved).containsExactly("start " + id);
  }

  @Test
  void anUnknownOrMalformedSignalIdIsNotFound() {
    current = BRAM;
    assertThatThrownBy(() -> queries.get(SignalId.generate().value()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> queries.get("../../etc/passwd")).isInstanceOf(NotFoundException.class);
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
    current = CARLA;
    zienswijzen.handle(id, new RecordZienswijze(TODAY.minusWeeks(2), true, "Niet geweten"));
    DeterminationView outcome = submit(id, CARLA, Phase.UITKOMST, "OPZET_OF_GROVE_SCHULD", fine);
    SignalDetails closed = approve(id, outcome, VICTOR);

    assertThat(outcome.fine().amount()).isEqualTo("€ 600,00");
    assertThat(outcome.requiredApproverRole()).isEqualTo("VAKTECHNIEK");
    assertThat(closed.outcome()).isEqualTo("OPZET_OF_GROVE_SCHULD");
    assertThat(moved).contains("RequestZienswijzeTask by carla {}");
    assertThat(actions()).contains("ZIENSWIJZE_RECORDED", "SIGNAL_CLOSED");
  }

  private String culpableSignal() {
    String id = register();
    approve(id, submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT"), BRAM);
    approve(id, submit(id, CARLA, Phase.RECHTMATIGHEID, "TOEKENNING_ONJUIST"), BRAM);
    approve(id, submit(id, BRAM, Phase.OPZET_GROVE_SCHULD, "GROVE_SCHULD"), VERA);
    return id;
  }

  private SignalDetails requestView(String id, Actor who, Fine intended) {
    current = who;
    return zienswijzeRequests.handle(
        id,
        new SignalCommands.RequestZienswijze(
            List.of("Inkomen 2024 van EUR 38.000 niet doorgegeven", "Drie herinneringen"),
            intended));
  }

  @Test
  void askingForTheViewQueuesOneLetterWithTheFactsTheIntendedFineAndTheLastDay() throws Exception {
    String id = culpableSignal();
    int lettersBefore = letters.size();

    SignalDetails asked = requestView(id, CARLA, new Fine(60_000L, 50, null, false, "RAP-9"));

    SignalViews.ZienswijzeRequestView r = asked.zienswijzeRequest();
    assertThat(r.requestedOn()).isEqualTo(TODAY);
    assertThat(r.respondBy()).isEqualTo(LocalDate.of(2025, 3, 24));
    assertThat(r.periodLapsed()).isFalse();
    assertThat(r.intendedFine().amount()).isEqualTo("€ 300,00");
    assertThat(r.requestedBy()).isEqualTo("carla");
    assertThat(letters).hasSize(lettersBefore + 1);
    nl.toeslagen.documents.api.Letter letter = letters.get(letters.size() - 1);
    assertThat(letter.kind()).isEqualTo(ZienswijzeRequestLetter.KIND);
    String text = text(letter);
    assertThat(text)
        .contains("Inkomen 2024 van EUR 38.000 niet doorgegeven", "Drie herinneringen")
        .contains("€ 300,00", "50%", "24 maart 2025", "met grove schuld")
        .doesNotContain("met opzet");
    assertThat(
            nl.toeslagen.documents.testing.PdfConformance.accessibleAndArchivableFailures(
                new nl.toeslagen.documents.api.LetterRenderer().render(letter)))
        .as("the request letter is PDF/UA-1 and PDF/A-2a")
        .isEmpty();
    assertThat(actions()).contains("ZIENSWIJZE_REQUESTED");
    assertThat(moved).doesNotContain("RequestZienswijzeTask by carla {}");

    // asked once: a second request is a conflict and sends nothing
    assertThatThrownBy(() -> requestView(id, CARLA, new Fine(60_000L, 50, null, false, "RAP-9")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT));
    assertThat(letters).hasSize(lettersBefore + 1);
  }

  @Test
  void withoutAnAnswerTheFineWaitsUntilThePeriodLapsedAndMayNotExceedTheIntendedFine() {
    String id = culpableSignal();
    requestView(id, CARLA, new Fine(60_000L, 50, null, false, "RAP-9"));
    Fine asIntended = new Fine(60_000L, 50, null, false, "RAP-9");

    current = CARLA;
    assertThatThrownBy(() -> zienswijzen.handle(id, new RecordZienswijze(null, false, null)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
              assertThat(e.decision().reasonNl()).contains("24 maart 2025");
            });
    assertThatThrownBy(() -> submit(id, CARLA, Phase.UITKOMST, "OPZET_OF_GROVE_SCHULD", asIntended))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT));

    // the last day, 24 March 2025, is still the citizen's
    clock.now = Instant.parse("2025-03-24T21:00:00Z");
    current = CARLA;
    assertThatThrownBy(() -> zienswijzen.handle(id, new RecordZienswijze(null, false, null)))
        .isInstanceOf(PolicyViolationException.class);
    clock.now = Instant.parse("2025-03-25T08:00:00Z");
    current = CARLA;
    SignalDetails none = zienswijzen.handle(id, new RecordZienswijze(null, false, null));
    assertThat(none.zienswijze().requestedOn()).isEqualTo(TODAY);
    assertThat(none.zienswijzeRequest().periodLapsed()).isTrue();

    assertThatThrownBy(
            () ->
                submit(
                    id,
                    CARLA,
                    Phase.UITKOMST,
                    "OPZET_OF_GROVE_SCHULD",
                    new Fine(60_000L, 60, null, false, "RAP-9")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().reasonNl()).contains("voorgenomen boete"));
    DeterminationView outcome =
        submit(id, CARLA, Phase.UITKOMST, "OPZET_OF_GROVE_SCHULD", asIntended);
    assertThat(outcome.fine().amount()).isEqualTo("€ 300,00");
  }

  @Test
  void aViewReceivedWithinThePeriodLetsTheFineFollowAtOnce() {
    String id = culpableSignal();
    requestView(id, CARLA, new Fine(60_000L, 50, null, false, "RAP-9"));
    current = CARLA;
    SignalDetails received =
        zienswijzen.handle(id, new RecordZienswijze(null, true, "Ik wist het niet"));
    assertThat(received.zienswijze().responded()).isTrue();
    DeterminationView outcome =
        submit(
            id,
            CARLA,
            Phase.UITKOMST,
            "OPZET_OF_GROVE_SCHULD",
            new Fine(60_000L, 0, null, false, "RAP-9"));
    assertThat(outcome.fine().amountCents()).isZero();
  }

  private static String text(nl.toeslagen.documents.api.Letter letter) {
    StringBuilder b = new StringBuilder(letter.subject()).append(' ');
    for (var section : letter.sections()) {
      for (var block : section.blocks()) {
        b.append(
                block instanceof nl.toeslagen.documents.api.Letter.Paragraph p
                    ? p.text()
                    : String.join(
                        " ", ((nl.toeslagen.documents.api.Letter.BulletList) block).items()))
            .append(' ');
      }
    }
    return b.toString();
  }

  @Test
  void workListShowsWhatWaitsForWhom() {
    String id = register();
    submit(id, ANNA, Phase.RELEVANTIE, "RELEVANT");

    var forBram = workList(BRAM, null, false, false).get(0);
    var forAnna = workList(ANNA, null, false, false).get(0);

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

    current = VERA;
    var found = queries.searchByBsn(BSN);

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
    current = Actor.of("bob", Role.BEHANDELAAR);
    assertThatThrownBy(() -> queries.searchByBsn(BSN))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision().policy()).isEqualTo(SignalSearchByBsnPolicy.NAME);
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

    // typed: a year; the schedule: six months after closure (10 March 2025) for NIET_RELEVANT
    current = BRAM;
    SignalViews.RetentionView kept = queries.get(closed).retention();
    assertThat(kept.retentionDate()).isEqualTo(LocalDate.of(2025, 9, 10));
    assertThat(kept.provisional()).isFalse();
    assertThat(kept.period()).isEqualTo("P6M");
    assertThat(kept.countedFrom()).isEqualTo(TODAY);
    assertThat(kept.ruleNl()).contains("6 maanden na afsluiting");
    assertThat(queries.get(open).retention().provisional()).isTrue();
    assertThat(queries.get(open).retentionDate()).isEqualTo(TODAY.plusYears(1));
    before = audited.size();
    assertThat(retention.purgeExpired(LocalDate.of(2025, 9, 10), Actor.system())).isZero();
    int purged = retention.purgeExpired(LocalDate.of(2025, 9, 11), Actor.system());

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

    assertThatThrownBy(() -> runRetention(TODAY.minusDays(1), beheer))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("today");
              assertThat(e.decision().policy()).isEqualTo(RetentionReferenceDatePolicy.NAME);
            });
    assertThat(runRetention(null, beheer).purged()).isZero();
    var run = runRetention(TODAY.plusYears(1).plusDays(1), beheer);

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
    retention.profile = "production";

    assertThatThrownBy(() -> runRetention(TODAY.plusYears(1).plusDays(1), beheer))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("today");
            });
    assertThat(stored).containsKey(closed);
    assertThat(runRetention(TODAY, beheer).purged()).isZero();
  }

  @Test
  void theWorkListFiltersByPhaseApprovalAndWhatWaitsForMe() {
    String waiting = register();
    submit(waiting, ANNA, Phase.RELEVANTIE, "RELEVANT");
    String further = register();
    approve(further, submit(further, ANNA, Phase.RELEVANTIE, "RELEVANT"), BRAM);

    assertThat(workList(BRAM, "RECHTMATIGHEID", false, false))
        .extracting(SignalViews.WorkItem::id)
        .containsExactly(further);
    assertThat(workList(ANNA, null, true, false))
        .extracting(SignalViews.WorkItem::id)
        .containsExactly(waiting);
    assertThat(workList(BRAM, null, false, true))
        .extracting(SignalViews.WorkItem::id)
        .containsExactly(waiting);
    assertThat(workList(ANNA, null, false, true)).isEmpty();
  }

  /** Keeps signals in a map; a stored signal is the domain object itself. */
  class InMemorySignals implements SignalRepository {
    private long numbers;

    @Override
    public nl.toeslagen.kernel.CaseNumber nextCaseNumber(int year) {
      return new nl.toeslagen.kernel.CaseNumber(CASE_NUMBER_PREFIX, year, ++numbers);
    }

    @Override
    public Optional<Signal> find(SignalId id) {
      return Optional.ofNullable(stored.get(id.value()));
    }

    @Override
    public void save(Signal signal) {
      stored.put(signal.id().value(), signal);
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
    public void delete(SignalId id) {
      stored.remove(id.value());
    }
  }
}
