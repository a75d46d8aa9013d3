package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.toeslagen.caselaw.application.SignalCommands.SignalFollowUpRequest;
import nl.toeslagen.caselaw.application.SignalCommands.SignalRegistration;
import nl.toeslagen.caselaw.application.SignalViews.SignalEntry;
import nl.toeslagen.caselaw.application.SignalViews.SignalEscalationSummary;
import nl.toeslagen.caselaw.domain.Signal;
import nl.toeslagen.caselaw.domain.SignalCaseType;
import nl.toeslagen.caselaw.domain.SignalCategories;
import nl.toeslagen.caselaw.domain.SignalCategoryLocks;
import nl.toeslagen.caselaw.domain.SignalEscalation;
import nl.toeslagen.caselaw.domain.SignalEscalationId;
import nl.toeslagen.caselaw.domain.SignalEscalations;
import nl.toeslagen.caselaw.domain.SignalFollowUp;
import nl.toeslagen.caselaw.domain.SignalId;
import nl.toeslagen.caselaw.domain.SignalInputPolicy;
import nl.toeslagen.caselaw.domain.SignalSource;
import nl.toeslagen.caselaw.domain.SignalThresholdPolicy;
import nl.toeslagen.caselaw.domain.Signals;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The central signal register: records signals (by hand, or through {@link SignalIntake} from the
 * other parts of the system), counts each against its category's threshold ({@link
 * SignalThresholdPolicy}) — opening an escalation for the team leaders or joining the open one —
 * and records management's follow-up. A signal is recorded and audited in the caller's transaction;
 * its category is counted against the threshold after that has committed, in a short transaction of
 * its own under the category's lock ({@link #evaluateThreshold}).
 */
@ApplicationScoped
@Transactional
public class SignalService implements SignalIntake {

  @Inject UnitOfWork work;
  @Inject Signals signals;
  @Inject SignalEscalations escalations;
  @Inject Notifications notifications;
  @Inject SignalCategoryLocks locks;
  @Inject ActorProvider actors;
  @Inject Clock clock;

  /** A signal registered by hand: a complaint, a phone topic or a citizen's letter. */
  public SignalEntry register(@NotNull @Valid SignalRegistration cmd) {
    SignalInputPolicy input = new SignalInputPolicy();
    SignalSource source = input.source("source", cmd.source(), true);
    SignalCategories.Category category =
        input.category(SignalCases.CATEGORIES, "category", cmd.category());
    LocalDate date = input.date("date", cmd.date(), today());
    SignalCaseType caseType = input.caseType("caseType", cmd.caseType());
    String caseId = input.caseId("caseId", cmd.caseId(), caseType, "caseType");
    String summary = input.summary("summary", cmd.summary());
    return SignalEntry.of(record(source, category, date, caseType, caseId, null, summary));
  }

  /**
   * A signal from another part of the system (an objection received, a hardship request's policy
   * signal, a ruling lost, repeated losses), in the caller's transaction. The summary is cut to
   * 2,000 characters; the source must be one the system records.
   */
  @Override
  public String raise(NewSignal signal) {
    SignalInputPolicy input = new SignalInputPolicy();
    SignalSource source = input.source("source", signal.source(), false);
    SignalCategories.Category category =
        input.category(SignalCases.CATEGORIES, "category", signal.category());
    LocalDate today = today();
    if (signal.date() == null || signal.date().isAfter(today)) {
      input.date("date", signal.date(), today);
    }
    SignalCaseType caseType = input.caseType("caseType", signal.caseType());
    String caseId = cut(signal.caseId(), 64);
    if (caseId != null && caseType == null) {
      input.caseId("caseId", caseId, null, "caseType");
    }
    String summary = input.summary("summary", Notice.summary(signal.summary(), Signal.MAX_SUMMARY));
    return record(
            source,
            category,
            signal.date(),
            caseType,
            caseId,
            cut(signal.caseNumber(), 80),
            summary)
        .id()
        .value();
  }

  /** Whether a signal of this source and category links to the case already. */
  boolean recorded(SignalSource source, String caseId, String category) {
    return signals.exists(source, caseId, category);
  }

  private Signal record(
      SignalSource source,
      SignalCategories.Category category,
      LocalDate date,
      SignalCaseType caseType,
      String caseId,
      String caseNumber,
      String summary) {
    // only the signal itself in the caller's transaction: its category is counted against the
    // threshold after that has committed (SignalThresholdWatch → evaluateThreshold), so the
    // caller neither waits for the category's lock nor fails when another signal crossed the
    // threshold at the same moment
    return work.create(
        SignalCases.signals(signals),
        change -> {
          Signal s =
              Signal.record(
                  SignalId.generate(),
                  source,
                  category,
                  date,
                  caseType,
                  caseId,
                  caseNumber,
                  summary,
                  change.actor().userName(),
                  change.now(),
                  null);
          change
              .audit(
                  "PRACTICE_SIGNAL_REGISTERED",
                  SignalCases.BASIS,
                  "Signaal ("
                      + source.labelNl()
                      + ") in categorie "
                      + category.labelNl()
                      + " van "
                      + date
                      + (caseNumber == null ? "" : ", zaak " + caseNumber),
                  "Signal (" + source.labelEn() + ") in category " + category.labelEn())
              .publish(new SignalRecorded(s.id().value(), category.code(), date));
          return s;
        },
        s -> s);
  }

  /**
   * Counts a recorded signal's category against its threshold ({@link SignalThresholdPolicy}), in a
   * short transaction of its own after the signal's has committed, holding the category's lock: the
   * evaluations of one category run one after another, so exactly one escalation opens however many
   * signals cross the threshold at once. It counts every signal of the window behind no escalation
   * (not just this one), so a signal whose evaluation was lost (a crash right after its commit) is
   * taken along by the next one. While the category has an open escalation, the signal joins it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void evaluateThreshold(SignalRecorded recorded) {
    Optional<SignalCategories.Category> known = SignalCases.CATEGORIES.find(recorded.category());
    if (known.isEmpty()) {
      return;
    }
    SignalCategories.Category category = known.get();
    locks.lock(category.code());
    LocalDate today = today();
    LocalDate from = today.minusDays(category.windowDays() - 1L);
    SignalThresholdPolicy policy = new SignalThresholdPolicy();
    Optional<SignalEscalation> open = escalations.openFor(category.code());
    SignalThresholdPolicy.Verdict verdict;
    if (open.isPresent()) {
      SignalEscalationId id = open.get().id();
      verdict = policy.evaluate(category, 0, true);
      // this signal (whatever its date), and any of the window another evaluation missed
      int joined =
          signals.joinOne(SignalId.of(recorded.signalId()), id)
              + signals.joinUnescalated(category.code(), from, today, id);
      if (joined > 0) {
        join(id, joined, recorded.date(), verdict.decision());
      }
    } else {
      long counted = signals.countUnescalated(category.code(), from, today);
      verdict = policy.evaluate(category, counted, false);
      if (verdict.action() == SignalThresholdPolicy.Action.OPEN) {
        openEscalation(category, from, today, verdict.decision());
      }
    }
    work.report(
        actors.current(),
        SignalCases.signals(signals),
        SignalId.of(recorded.signalId()),
        (s, change) -> change.audit("PRACTICE_SIGNAL_COUNTED", verdict.decision()));
  }

  private void join(SignalEscalationId id, int joined, LocalDate date, PolicyDecision decision) {
    work.change(
        SignalCases.escalations(escalations),
        id,
        (e, change) -> {
          e.joined(joined, date);
          change.audit(
              "SIGNAL_ESCALATION_JOINED",
              decision.basis(),
              decision.policy()
                  + ": "
                  + decision.reasonNl()
                  + (joined == 1 ? "" : " (" + joined + " signalen)"),
              decision.policy()
                  + ": "
                  + decision.reasonEn()
                  + (joined == 1 ? "" : " (" + joined + " signals)"));
        });
  }

  private void openEscalation(
      SignalCategories.Category category,
      LocalDate from,
      LocalDate today,
      PolicyDecision decision) {
    SignalEscalationId id = SignalEscalationId.generate();
    // the signals that made the count are behind it from now on (one statement); under the
    // category's lock no other evaluation takes them, so this is the count (or more, when a signal
    // committed since)
    int behind = signals.joinUnescalated(category.code(), from, today, id);
    SignalEscalation opened =
        work.create(
            SignalCases.escalations(escalations),
            change -> {
              SignalEscalation e =
                  SignalEscalation.open(
                      id,
                      escalations.nextCaseNumber(today.getYear()),
                      category,
                      behind,
                      change.today(),
                      change.now());
              change
                  .audit("SIGNAL_ESCALATION_OPENED", decision)
                  .startProcess(
                      SignalEscalationProcess.PROCESS_KEY,
                      ProcessVariables.of(SignalEscalationProcess.ESCALATION_ID, e.id().value())
                          .and(SignalEscalationProcess.CATEGORY, e.category())
                          .and(SignalEscalationProcess.CASE_NUMBER, e.caseNumber().toString())
                          .and(SignalEscalationProcess.CASE_LABEL, SignalCases.caseLabel(e)));
              return e;
            },
            e -> e);
    notifications.send(
        Notice.toRole(
            Role.TEAMLEIDER,
            NoticeKind.SIGNAL_ESCALATION,
            SignalCases.WORKFLOW,
            opened.id().value(),
            SignalCases.caseLabel(opened),
            "De categorie "
                + category.labelNl()
                + " heeft de drempel bereikt ("
                + behind
                + " signalen in "
                + category.windowDays()
                + " dagen). Leg de opvolging vast: besluit, eigenaar en datum.",
            Actor.SYSTEM_USER));
  }

  /** Management's follow-up: recorded by a team leader, the task completed. */
  public SignalEscalationSummary followUp(
      String escalationId, @NotNull @Valid SignalFollowUpRequest cmd) {
    SignalEscalationId id = SignalEscalationId.ofPath(escalationId);
    // the category's lock first (held to this short commit): an evaluation of the category does not
    // join a signal to the escalation while it closes
    escalations.categoryOf(id).ifPresent(locks::lock);
    if (cmd.date() == null) {
      PolicyDecision.refuse(
              nl.toeslagen.caselaw.domain.SignalFollowUpPolicy.NAME,
              "Vul de datum van de opvolging in.",
              "Enter the follow-up's date.")
          .enforceAsInvalid("date");
    }
    return work.change(
        SignalCases.escalations(escalations),
        id,
        (e, change) -> {
          SignalFollowUp f =
              new SignalFollowUp(
                  strip(cmd.decision()),
                  strip(cmd.owner()),
                  cmd.date(),
                  change.actor().userName(),
                  change.now());
          PolicyDecision decision = e.recordFollowUp(f, change.actor().roles());
          change
              .audit(
                  "SIGNAL_ESCALATION_FOLLOWED_UP",
                  SignalCases.BASIS,
                  decision.policy() + ": " + decision.reasonNl() + " Besluit: " + f.decision(),
                  decision.policy() + ": " + decision.reasonEn())
              .completeTask(
                  SignalEscalationProcess.FOLLOW_UP_TASK,
                  ProcessVariables.of(SignalEscalationProcess.FOLLOW_UP_OWNER, f.owner()));
        },
        SignalEscalationSummary::of);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(DateRange.ZONE));
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static String cut(String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    return t.length() <= max ? t : t.substring(0, max);
  }
}
