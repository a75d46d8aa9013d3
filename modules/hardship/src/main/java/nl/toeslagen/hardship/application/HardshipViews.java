package nl.toeslagen.hardship.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.toeslagen.documents.api.StoredDocument;
import nl.toeslagen.hardship.domain.HardshipOutcome;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipStatus;
import nl.toeslagen.hardship.domain.Steps;
import nl.toeslagen.hardship.domain.Track;
import nl.toeslagen.hardship.domain.UrgencySignal;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Role;

/** What the hardship API answers. Public records, unique names (OpenAPI schemas). */
public final class HardshipViews {

  /** The contested-decision type an objection to a hardship decision carries. */
  public static final String CONTESTED_DECISION_TYPE = "HARDHEIDSBESLISSING";

  private HardshipViews() {}

  /** The answer to an intake: where the request goes and by when it is triaged. */
  public record HardshipCreated(
      String id,
      String caseNumber,
      String track,
      String trackNl,
      LocalDate triageDeadline,
      LocalDate urgentContactDeadline,
      String status) {
    static HardshipCreated of(HardshipRequest r) {
      return new HardshipCreated(
          r.id().value(),
          r.caseNumber().toString(),
          r.track().name(),
          r.track().labelNl(),
          r.triageDeadline(),
          r.urgentContactDeadline(),
          r.status().name());
    }
  }

  /** A row of the request list. */
  public record HardshipListItem(
      String id,
      String caseNumber,
      String citizen,
      String benefitType,
      String kind,
      String kindNl,
      String track,
      String trackNl,
      String status,
      String statusNl,
      LocalDate receivedOn,
      LocalDate deadline,
      boolean overdue,
      long recoveryAmountCents) {
    static HardshipListItem of(HardshipRequest r, LocalDate today) {
      LocalDate deadline = HardshipViews.deadline(r);
      return new HardshipListItem(
          r.id().value(),
          r.caseNumber().toString(),
          r.citizen().masked(),
          r.benefitType().name(),
          r.kind().name(),
          r.kind().labelNl(),
          r.track().name(),
          r.track().labelNl(),
          r.status().name(),
          r.status().labelNl(),
          r.receivedOn(),
          deadline,
          deadline != null && deadline.isBefore(today),
          r.recoveryAmountCents());
    }
  }

  /** The deadline of the step a request waits for: triage, urgent contact; none after that. */
  static LocalDate deadline(HardshipRequest r) {
    return switch (r.status()) {
      case TRIAGE -> r.triageDeadline();
      case URGENT_CONTACT -> r.urgentContactDeadline();
      default -> null;
    };
  }

  /** A page of the request list. */
  public record HardshipPage(List<HardshipListItem> items, long total, int offset, int limit) {}

  /** The triage as recorded. */
  public record HardshipTriageView(
      String track,
      String trackNl,
      List<String> addedUrgency,
      String reasons,
      String by,
      Instant at) {}

  /** The urgent contact as recorded. */
  public record HardshipContactView(LocalDate contactedOn, String summary, String by, Instant at) {}

  /** An emergency payment as recorded. */
  public record HardshipEmergencyPaymentView(
      long amountCents, String approver, String reasons, String recordedBy, Instant at) {}

  /** A referral as recorded. */
  public record HardshipReferralView(
      String target, String targetNl, String reasons, String by, Instant at) {}

  /** The payment plan an assessment proposed. */
  public record HardshipPaymentPlanView(
      long monthlyIncomeCents,
      long beslagvrijeVoetCents,
      long monthlyAdvanceCents,
      String arrangement,
      Long monthlyTermCents,
      Long lastTermCents,
      int terms,
      List<String> reasonsNl) {}

  /** An assessment with its structured reasoning. */
  public record HardshipAssessmentView(
      String facts,
      String harshLaw,
      boolean unforeseenUnintended,
      boolean disproportionate,
      String outcome,
      String outcomeNl,
      String granted,
      Long reliefCents,
      LocalDate pauseUntil,
      HardshipPaymentPlanView paymentPlan,
      String reasons,
      String policySignal,
      String policySignalNl,
      String policySignalNote,
      String author,
      Instant at) {}

  /** A review as recorded. */
  public record HardshipReviewView(boolean approved, String reasons, String reviewer, Instant at) {}

  /** A deadline that passed. */
  public record HardshipEscalationView(String step, LocalDate deadline, Instant at) {}

  /** A stored letter of the request. */
  public record HardshipLetterView(
      String id, String kind, String fileName, long sizeBytes, Instant createdAt) {}

  /** The case page. */
  public record HardshipRequestDetails(
      String id,
      String caseNumber,
      String citizen,
      String benefitType,
      String benefitTypeNl,
      String recoveryReference,
      long recoveryAmountCents,
      String kind,
      String kindNl,
      String circumstances,
      List<String> urgency,
      List<String> urgencyNl,
      String track,
      String trackNl,
      String status,
      String statusNl,
      LocalDate receivedOn,
      LocalDate triageDeadline,
      LocalDate urgentContactDeadline,
      String registeredBy,
      Instant registeredAt,
      boolean collectionPaused,
      String collectionPauseNl,
      HardshipTriageView triage,
      HardshipContactView contact,
      List<HardshipEmergencyPaymentView> emergencyPayments,
      List<HardshipReferralView> referrals,
      List<HardshipAssessmentView> assessments,
      List<HardshipReviewView> reviews,
      List<HardshipEscalationView> escalations,
      String outcome,
      String outcomeNl,
      Instant decidedAt,
      String contestedDecisionType,
      List<HardshipLetterView> letters,
      List<String> actions) {

    static HardshipRequestDetails of(
        HardshipRequest r, Actor viewer, String pauseNl, List<StoredDocument> letters) {
      Set<UrgencySignal> all = r.allUrgency();
      HardshipOutcome outcome = r.decision().map(Steps.Assessment::outcome).orElse(null);
      Steps.Triage t = r.triageStep();
      Steps.UrgentContact c = r.contact();
      return new HardshipRequestDetails(
          r.id().value(),
          r.caseNumber().toString(),
          r.citizen().masked(),
          r.benefitType().name(),
          r.benefitType().labelNl(),
          r.recoveryReference(),
          r.recoveryAmountCents(),
          r.kind().name(),
          r.kind().labelNl(),
          r.circumstances(),
          all.stream().map(Enum::name).toList(),
          all.stream().map(UrgencySignal::labelNl).toList(),
          r.track().name(),
          r.track().labelNl(),
          r.status().name(),
          r.status().labelNl(),
          r.receivedOn(),
          r.triageDeadline(),
          r.urgentContactDeadline(),
          r.registeredBy(),
          r.registeredAt(),
          r.open(),
          pauseNl,
          t == null
              ? null
              : new HardshipTriageView(
                  t.track().name(),
                  t.track().labelNl(),
                  t.addedSignals().stream().map(Enum::name).sorted().toList(),
                  t.reasons(),
                  t.by(),
                  t.at()),
          c == null ? null : new HardshipContactView(c.contactedOn(), c.summary(), c.by(), c.at()),
          r.emergencyPayments().stream()
              .map(
                  p ->
                      new HardshipEmergencyPaymentView(
                          p.amountCents(), p.approver(), p.reasons(), p.recordedBy(), p.at()))
              .toList(),
          r.referrals().stream()
              .map(
                  x ->
                      new HardshipReferralView(
                          x.target().name(), x.target().labelNl(), x.reasons(), x.by(), x.at()))
              .toList(),
          r.assessments().stream().map(HardshipViews::assessment).toList(),
          r.reviews().stream()
              .map(v -> new HardshipReviewView(v.approved(), v.reasons(), v.reviewer(), v.at()))
              .toList(),
          r.escalations().stream()
              .map(e -> new HardshipEscalationView(e.step(), e.deadline(), e.at()))
              .toList(),
          outcome == null ? null : outcome.name(),
          outcome == null ? null : outcome.labelNl(),
          r.decidedAt(),
          r.open() ? null : CONTESTED_DECISION_TYPE,
          letters.stream()
              .map(
                  d ->
                      new HardshipLetterView(
                          d.id(), d.kind(), d.fileName(), d.sizeBytes(), d.createdAt()))
              .toList(),
          HardshipViews.actions(r, viewer));
    }
  }

  static HardshipAssessmentView assessment(Steps.Assessment a) {
    Steps.PaymentPlan p = a.paymentPlan();
    return new HardshipAssessmentView(
        a.facts(),
        a.harshLaw(),
        a.unforeseenUnintended(),
        a.disproportionate(),
        a.outcome().name(),
        a.outcome().labelNl(),
        a.granted(),
        a.reliefCents(),
        a.pauseUntil(),
        p == null
            ? null
            : new HardshipPaymentPlanView(
                p.monthlyIncomeCents(),
                p.beslagvrijeVoetCents(),
                p.monthlyAdvanceCents(),
                p.arrangement(),
                p.monthlyTermCents(),
                p.lastTermCents(),
                p.terms(),
                p.reasonsNl()),
        a.reasons(),
        a.policySignal() == null ? null : a.policySignal().name(),
        a.policySignal() == null ? null : a.policySignal().labelNl(),
        a.policySignalNote(),
        a.author(),
        a.at());
  }

  /**
   * What the viewer can do now; the server decides, the UI shows (codes in {@code requestActions}).
   */
  static List<String> actions(HardshipRequest r, Actor viewer) {
    if (viewer == null) {
      return List.of();
    }
    java.util.List<String> actions = new java.util.ArrayList<>();
    boolean handler = viewer.has(Role.BEHANDELAAR);
    if (handler && r.status() == HardshipStatus.TRIAGE) {
      actions.add("TRIAGE");
    }
    if (handler && r.status() == HardshipStatus.URGENT_CONTACT) {
      actions.add("CONTACT");
    }
    if (handler && r.status() == HardshipStatus.ASSESSMENT) {
      actions.add("ASSESS");
    }
    if (viewer.has(Role.VAKTECHNIEK)
        && r.status() == HardshipStatus.REVIEW
        && !r.participants().contains(viewer.userName())) {
      actions.add("REVIEW");
    }
    if (handler && r.open() && r.track() == Track.URGENT) {
      actions.add("EMERGENCY_PAYMENT");
    }
    if (handler && r.open()) {
      actions.add("REFER");
    }
    if (!r.open() && viewer.hasAny(Role.BEHANDELAAR, Role.VAKTECHNIEK)) {
      actions.add("OBJECT");
    }
    return List.copyOf(actions);
  }

  /** Signals for policy counted by category (managers' view). */
  public record HardshipPolicySignalCount(String category, String categoryNl, long count) {}

  /** The counts with their total, so the numbers add up. */
  public record HardshipPolicySignals(List<HardshipPolicySignalCount> categories, long total) {}

  /** A recovery whose collection is paused by an open request. */
  public record HardshipCollectionPause(
      String recoveryReference,
      String caseNumber,
      String requestId,
      String citizen,
      LocalDate since,
      String reasonNl) {}
}
