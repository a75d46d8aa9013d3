package nl.toeslagen.hardship.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.hardship.api.HardshipPolicySignalRecorded;
import nl.toeslagen.hardship.application.HardshipViews.HardshipCreated;
import nl.toeslagen.hardship.application.HardshipViews.HardshipRequestDetails;
import nl.toeslagen.hardship.domain.BenefitType;
import nl.toeslagen.hardship.domain.CollectionPausePolicy;
import nl.toeslagen.hardship.domain.HardshipInputPolicy;
import nl.toeslagen.hardship.domain.HardshipKind;
import nl.toeslagen.hardship.domain.HardshipOutcome;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.hardship.domain.HardshipRequests;
import nl.toeslagen.hardship.domain.HardshipStatus;
import nl.toeslagen.hardship.domain.PolicySignalCategory;
import nl.toeslagen.hardship.domain.ReferralTarget;
import nl.toeslagen.hardship.domain.Steps;
import nl.toeslagen.hardship.domain.Track;
import nl.toeslagen.hardship.domain.TriageDeadlinePolicy;
import nl.toeslagen.hardship.domain.UrgencySignal;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.UserRoster;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.ProcessVariables;

/**
 * The steps of a hardship request: intake, triage, urgent contact, emergency payment, referral,
 * assessment and review. Each runs on the shared unit of work: the domain decides, the change is
 * saved, audited, and the request's task completed in one transaction.
 */
@ApplicationScoped
@Transactional
public class HardshipRequestService {

  @Inject UnitOfWork work;
  @Inject HardshipRequests requests;
  @Inject LegalCalendar calendar;
  @Inject UserRoster roster;
  @Inject HardshipQueries queries;
  @Inject PaymentPlans plans;

  /** The intake: registers the request, routes it by its urgency, pauses collection. */
  public HardshipCreated register(@NotNull @Valid HardshipCommands.RegisterHardshipRequest cmd) {
    HardshipInputPolicy input = new HardshipInputPolicy();
    var citizen = input.bsn("bsn", cmd.bsn());
    BenefitType benefit = input.code(BenefitType.class, "benefitType", cmd.benefitType());
    String reference =
        input.text(
            "recoveryReference",
            cmd.recoveryReference(),
            "het kenmerk van de terugvordering",
            "the recovery's reference");
    long amount = input.amount("recoveryAmountCents", cmd.recoveryAmountCents());
    HardshipKind kind = input.code(HardshipKind.class, "kind", cmd.kind());
    String circumstances =
        input.text("circumstances", cmd.circumstances(), "de omstandigheden", "the circumstances");
    Set<UrgencySignal> urgency = signals(input, "urgency", cmd.urgency());
    requests
        .openAbout(reference)
        .ifPresent(open -> new CollectionPausePolicy().second(open).enforceAsConflict());
    TriageDeadlinePolicy deadlines = new TriageDeadlinePolicy(calendar);
    return work.create(
        HardshipCase.kind(requests),
        change -> {
          HardshipRequest r =
              HardshipRequest.register(
                  HardshipRequestId.generate(),
                  requests.nextCaseNumber(change.today().getYear()),
                  citizen,
                  benefit,
                  reference,
                  amount,
                  kind,
                  circumstances,
                  urgency,
                  change.actor(),
                  change.now(),
                  change.today(),
                  deadlines);
          change
              .audit(
                  "HARDSHIP_REQUEST_REGISTERED",
                  Laws.awir("47"),
                  "Verzoek "
                      + kind.labelNl()
                      + " over "
                      + reference
                      + " ("
                      + Money.ofCents(amount).formatted()
                      + ")",
                  "Request " + kind.labelEn() + " about " + reference)
              .audit(
                  "HARDSHIP_TRACK_CHOSEN",
                  new nl.toeslagen.hardship.domain.UrgentTrackPolicy().evaluate(urgency))
              .audit(
                  "HARDSHIP_DEADLINES_SET",
                  deadlines.explain(r.triageDeadline(), r.urgentContactDeadline()))
              .audit("HARDSHIP_COLLECTION_PAUSED", new CollectionPausePolicy().paused(r))
              .startProcess(
                  HardshipProcess.PROCESS_KEY,
                  ProcessVariables.of(HardshipProcess.REQUEST_ID, r.id().value())
                      .and(HardshipProcess.TRIAGE_DUE_AT, HardshipCase.endOf(r.triageDeadline()))
                      .and(HardshipCase.taskListVariables(r)));
          return r;
        },
        HardshipCreated::of);
  }

  /** The triage within one working day: confirms or chooses the track. */
  public HardshipRequestDetails triage(
      String requestId, @NotNull @Valid HardshipCommands.Triage cmd) {
    HardshipInputPolicy input = new HardshipInputPolicy();
    Track track = input.code(Track.class, "track", cmd.track());
    Set<UrgencySignal> added = signals(input, "addedUrgency", cmd.addedUrgency());
    TriageDeadlinePolicy deadlines = new TriageDeadlinePolicy(calendar);
    HardshipRequestId id = HardshipRequestId.ofPath(requestId);
    work.change(
        HardshipCase.kind(requests),
        id,
        (r, change) -> {
          PolicyDecision decision =
              r.triage(
                  track,
                  added,
                  cmd.reasons(),
                  change.actor(),
                  change.now(),
                  change.today(),
                  deadlines);
          ProcessVariables vars =
              ProcessVariables.of(HardshipProcess.TRACK, track.name())
                  .and(HardshipCase.taskListVariables(r));
          if (r.urgentContactDeadline() != null) {
            vars =
                vars.and(
                    HardshipProcess.CONTACT_DUE_AT, HardshipCase.endOf(r.urgentContactDeadline()));
          }
          change
              .audit(
                  "HARDSHIP_TRIAGED",
                  decision.basis(),
                  decision.policy() + ": " + decision.reasonNl() + " " + cmd.reasons().strip(),
                  decision.policy() + ": " + decision.reasonEn() + " " + cmd.reasons().strip())
              .completeTask(HardshipProcess.TRIAGE_TASK, vars);
        },
        r -> r);
    return queries.details(id);
  }

  /** The same-day contact of the urgent track (STELLA). */
  public HardshipRequestDetails contact(
      String requestId, @NotNull @Valid HardshipCommands.UrgentContact cmd) {
    HardshipRequestId id = HardshipRequestId.ofPath(requestId);
    work.change(
        HardshipCase.kind(requests),
        id,
        (r, change) -> {
          r.recordContact(
              cmd.contactedOn(), cmd.summary(), change.actor(), change.now(), change.today());
          change
              .audit(
                  "HARDSHIP_URGENT_CONTACT",
                  Laws.awir("47"),
                  "Spoedcontact op " + cmd.contactedOn() + ": " + cmd.summary().strip(),
                  "Urgent contact on " + cmd.contactedOn())
              .completeTask(
                  HardshipProcess.URGENT_CONTACT_TASK,
                  ProcessVariables.of(HardshipProcess.DEADLINE, (String) null));
        },
        r -> r);
    return queries.details(id);
  }

  /** An emergency payment, approved by a second person. */
  public HardshipRequestDetails emergencyPayment(
      String requestId, @NotNull @Valid HardshipCommands.EmergencyPayment cmd) {
    HardshipInputPolicy input = new HardshipInputPolicy();
    String approver =
        input.text(
            "approver", cmd.approver(), "wie de betaling goedkeurde", "who approved the payment");
    Long amount = cmd.amountCents();
    if (amount == null) {
      input.amount("amountCents", null);
    }
    Set<Role> approverRoles = rolesOf(approver);
    HardshipRequestId id = HardshipRequestId.ofPath(requestId);
    work.change(
        HardshipCase.kind(requests),
        id,
        (r, change) -> {
          PolicyDecision decision =
              r.recordEmergencyPayment(
                  amount, approver, approverRoles, cmd.reasons(), change.actor(), change.now());
          change.audit(
              "HARDSHIP_EMERGENCY_PAYMENT",
              decision.basis(),
              decision.policy() + ": " + decision.reasonNl() + ". " + cmd.reasons().strip(),
              decision.policy() + ": " + decision.reasonEn());
        },
        r -> r);
    return queries.details(id);
  }

  /** A referral of a problem beyond the agency. */
  public HardshipRequestDetails refer(
      String requestId, @NotNull @Valid HardshipCommands.Referral cmd) {
    ReferralTarget target =
        new HardshipInputPolicy().code(ReferralTarget.class, "target", cmd.target());
    HardshipRequestId id = HardshipRequestId.ofPath(requestId);
    work.change(
        HardshipCase.kind(requests),
        id,
        (r, change) -> {
          r.refer(target, cmd.reasons(), change.actor(), change.now());
          change.audit(
              "HARDSHIP_REFERRED",
              Laws.awir("47"),
              "Doorverwezen naar " + target.labelNl() + ": " + cmd.reasons().strip(),
              "Referred to " + target.labelEn());
        },
        r -> r);
    return queries.details(id);
  }

  /** The assessment with structured reasoning; a full grant decides, others go to review. */
  public HardshipRequestDetails assess(
      String requestId, @NotNull @Valid HardshipCommands.Assess cmd) {
    HardshipInputPolicy input = new HardshipInputPolicy();
    HardshipOutcome outcome = input.code(HardshipOutcome.class, "outcome", cmd.outcome());
    PolicySignalCategory category =
        cmd.policySignal() == null || cmd.policySignal().isBlank()
            ? null
            : input.code(PolicySignalCategory.class, "policySignal", cmd.policySignal());
    HardshipRequestId id = HardshipRequestId.ofPath(requestId);
    work.change(
        HardshipCase.kind(requests),
        id,
        (r, change) -> {
          Steps.PaymentPlan plan =
              cmd.paymentPlan() == null
                  ? null
                  : plans.plan(
                      remaining(r.recoveryAmountCents(), cmd.reliefCents()),
                      cmd.paymentPlan(),
                      change.today());
          Steps.Assessment a =
              new Steps.Assessment(
                  strip(cmd.facts()),
                  strip(cmd.harshLaw()),
                  Boolean.TRUE.equals(cmd.unforeseenUnintended()),
                  Boolean.TRUE.equals(cmd.disproportionate()),
                  outcome,
                  strip(cmd.granted()),
                  cmd.reliefCents(),
                  cmd.pauseUntil(),
                  plan,
                  strip(cmd.reasons()),
                  category,
                  strip(cmd.policySignalNote()),
                  change.actor().userName(),
                  change.now());
          r.assess(a, change.today());
          // the domain decided: a refusal or partial grant waits for the review
          // (HardshipFourEyesPolicy)
          boolean review = r.status() == HardshipStatus.REVIEW;
          change.audit(
              "HARDSHIP_ASSESSED",
              Laws.awir("47"),
              "Beoordeling: "
                  + outcome.labelNl()
                  + (review ? " (naar controle vaktechniek)" : "")
                  + ". Feiten: "
                  + a.facts()
                  + " Wet: "
                  + a.harshLaw()
                  + " Onvoorzien/onbedoeld: "
                  + (a.unforeseenUnintended() ? "ja" : "nee")
                  + "; onevenredig: "
                  + (a.disproportionate() ? "ja" : "nee")
                  + ". Motivering: "
                  + a.reasons(),
              "Assessment: " + outcome.labelEn() + (review ? " (to professional review)" : ""));
          if (category != null) {
            change.audit(
                "HARDSHIP_POLICY_SIGNAL",
                Laws.awir("47"),
                "Signaal voor beleid: "
                    + category.labelNl()
                    + (a.policySignalNote() == null ? "" : " — " + a.policySignalNote()),
                "Signal for policy: " + category.labelEn());
            // central signal management counts it (no BSN in the event)
            change.publish(
                new HardshipPolicySignalRecorded(
                    r.id().value(),
                    r.caseNumber().toString(),
                    category.name(),
                    outcome.name(),
                    r.benefitType().name(),
                    a.policySignalNote(),
                    change.today()));
          }
          if (!review) {
            change.audit(
                "HARDSHIP_DECIDED",
                Laws.awir("47"),
                "Besloten: " + outcome.labelNl(),
                "Decided: " + outcome.labelEn());
          }
          change.completeTask(
              HardshipProcess.ASSESSMENT_TASK,
              ProcessVariables.of(HardshipProcess.REVIEW_REQUIRED, review));
        },
        r -> r);
    return queries.details(id);
  }

  /** The professional line's review of a refusal or partial grant. */
  public HardshipRequestDetails review(
      String requestId, @NotNull @Valid HardshipCommands.HardshipReview cmd) {
    HardshipRequestId id = HardshipRequestId.ofPath(requestId);
    work.change(
        HardshipCase.kind(requests),
        id,
        (r, change) -> {
          PolicyDecision decision =
              r.review(cmd.approved(), cmd.reasons(), change.actor(), change.now());
          change.audit(
              cmd.approved() ? "HARDSHIP_REVIEW_APPROVED" : "HARDSHIP_REVIEW_RETURNED",
              decision.basis(),
              decision.policy() + ": " + decision.reasonNl() + " " + cmd.reasons().strip(),
              decision.policy() + ": " + decision.reasonEn());
          if (cmd.approved()) {
            String outcome = r.decision().map(a -> a.outcome().labelNl()).orElse("");
            change.audit("HARDSHIP_DECIDED", Laws.awir("47"), "Besloten: " + outcome, "Decided");
          }
          change.completeTask(
              HardshipProcess.REVIEW_TASK,
              ProcessVariables.of(HardshipProcess.APPROVED, cmd.approved()));
        },
        r -> r);
    return queries.details(id);
  }

  private Set<Role> rolesOf(String user) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : List.of(Role.TEAMLEIDER, Role.VAKTECHNIEK)) {
      for (Actor a : roster.activeUsersWith(role)) {
        if (a.userName().equalsIgnoreCase(user)) {
          roles.addAll(a.roles());
        }
      }
    }
    return roles;
  }

  private static Set<UrgencySignal> signals(
      HardshipInputPolicy input, String field, List<String> codes) {
    Set<UrgencySignal> signals = EnumSet.noneOf(UrgencySignal.class);
    if (codes != null) {
      for (int i = 0; i < codes.size(); i++) {
        signals.add(input.code(UrgencySignal.class, field + "[" + i + "]", codes.get(i)));
      }
    }
    return signals;
  }

  /**
   * What the payment plan collects: the recovery less what the assessment remits (a relief out of
   * range is refused by the assessment's policy right after, so it is only clamped here).
   */
  static long remaining(long recoveryCents, Long reliefCents) {
    long relief = reliefCents == null ? 0 : Math.max(0, Math.min(reliefCents, recoveryCents));
    return recoveryCents - relief;
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
