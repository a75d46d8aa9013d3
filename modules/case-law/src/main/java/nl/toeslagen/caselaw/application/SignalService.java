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
 * and records management's follow-up. Everything on the shared unit of work: saved, audited, the
 * process started or its task completed in the caller's one transaction.
 */
@ApplicationScoped
@Transactional
public class SignalService implements SignalIntake {

  @Inject UnitOfWork work;
  @Inject Signals signals;
  @Inject SignalEscalations escalations;
  @Inject Notifications notifications;
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
    LocalDate today = today();
    LocalDate from = today.minusDays(category.windowDays() - 1L);
    boolean inWindow = !date.isBefore(from) && !date.isAfter(today);
    Optional<SignalEscalation> open = escalations.openFor(category.code());
    long counted =
        open.isPresent()
            ? 0
            : signals.countUnescalated(category.code(), from, today) + (inWindow ? 1 : 0);
    SignalThresholdPolicy.Verdict verdict =
        new SignalThresholdPolicy().evaluate(category, counted, open.isPresent());
    SignalEscalationId target =
        switch (verdict.action()) {
          case JOIN -> join(open.orElseThrow().id(), date, verdict.decision());
          case OPEN -> openEscalation(category, counted, from, today, verdict.decision());
          case NONE -> null;
        };
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
                  target);
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
              .audit("PRACTICE_SIGNAL_COUNTED", verdict.decision());
          return s;
        },
        s -> s);
  }

  private SignalEscalationId join(SignalEscalationId id, LocalDate date, PolicyDecision decision) {
    work.change(
        SignalCases.escalations(escalations),
        id,
        (e, change) -> {
          e.joined(date);
          change.audit("SIGNAL_ESCALATION_JOINED", decision);
        });
    return id;
  }

  private SignalEscalationId openEscalation(
      SignalCategories.Category category,
      long counted,
      LocalDate from,
      LocalDate today,
      PolicyDecision decision) {
    SignalEscalation opened =
        work.create(
            SignalCases.escalations(escalations),
            change -> {
              SignalEscalation e =
                  SignalEscalation.open(
                      SignalEscalationId.generate(),
                      escalations.nextCaseNumber(today.getYear()),
                      category,
                      (int) Math.min(Integer.MAX_VALUE, counted),
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
    // the signals that made the count are behind it from now on (one statement)
    signals.joinUnescalated(category.code(), from, today, opened.id());
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
                + counted
                + " signalen in "
                + category.windowDays()
                + " dagen). Leg de opvolging vast: besluit, eigenaar en datum.",
            Actor.SYSTEM_USER));
    return opened.id();
  }

  /** Management's follow-up: recorded by a team leader, the task completed. */
  public SignalEscalationSummary followUp(
      String escalationId, @NotNull @Valid SignalFollowUpRequest cmd) {
    SignalEscalationId id = SignalEscalationId.ofPath(escalationId);
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
