package nl.toeslagen.hardship.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;

/**
 * A citizen's request for hardship treatment of a recovery (terugvordering): the hardship clause,
 * moderation, a personal payment plan or a payment pause. It is triaged within a working day, an
 * urgent one gets a same-day contact (STELLA) and possibly an emergency payment, then it is
 * assessed with structured reasoning; a refusal or partial grant is reviewed by a second person
 * before the decision letter goes out. While it is open, collection of the recovery is paused.
 */
public final class HardshipRequest {

  private final HardshipRequestId id;
  private final CaseNumber caseNumber;
  private final Bsn citizen;
  private final BenefitType benefitType;
  private final String recoveryReference;
  private final long recoveryAmountCents;
  private final HardshipKind kind;
  private final String circumstances;
  private final Set<UrgencySignal> urgency;
  private final String registeredBy;
  private final Instant registeredAt;
  private final LocalDate receivedOn;
  private final LocalDate triageDeadline;
  private Track track;
  private LocalDate urgentContactDeadline;
  private HardshipStatus status;
  private Steps.Triage triage;
  private Steps.UrgentContact contact;
  private final List<Steps.EmergencyPayment> emergencyPayments;
  private final List<Steps.Referral> referrals;
  private final List<Steps.Assessment> assessments;
  private final List<Steps.Review> reviews;
  private final List<Steps.Escalation> escalations;
  private Instant decidedAt;
  private final long version;

  /** The whole state, as storage rebuilds it. */
  public HardshipRequest(
      HardshipRequestId id,
      CaseNumber caseNumber,
      Bsn citizen,
      BenefitType benefitType,
      String recoveryReference,
      long recoveryAmountCents,
      HardshipKind kind,
      String circumstances,
      Set<UrgencySignal> urgency,
      String registeredBy,
      Instant registeredAt,
      LocalDate receivedOn,
      LocalDate triageDeadline,
      Track track,
      LocalDate urgentContactDeadline,
      HardshipStatus status,
      Steps.Triage triage,
      Steps.UrgentContact contact,
      List<Steps.EmergencyPayment> emergencyPayments,
      List<Steps.Referral> referrals,
      List<Steps.Assessment> assessments,
      List<Steps.Review> reviews,
      List<Steps.Escalation> escalations,
      Instant decidedAt,
      long version) {
    this.id = id;
    this.caseNumber = caseNumber;
    this.citizen = citizen;
    this.benefitType = benefitType;
    this.recoveryReference = recoveryReference;
    this.recoveryAmountCents = recoveryAmountCents;
    this.kind = kind;
    this.circumstances = circumstances;
    this.urgency = urgency == null || urgency.isEmpty() ? Set.of() : Set.copyOf(urgency);
    this.registeredBy = registeredBy;
    this.registeredAt = registeredAt;
    this.receivedOn = receivedOn;
    this.triageDeadline = triageDeadline;
    this.track = track;
    this.urgentContactDeadline = urgentContactDeadline;
    this.status = status;
    this.triage = triage;
    this.contact = contact;
    this.emergencyPayments =
        new ArrayList<>(emergencyPayments == null ? List.of() : emergencyPayments);
    this.referrals = new ArrayList<>(referrals == null ? List.of() : referrals);
    this.assessments = new ArrayList<>(assessments == null ? List.of() : assessments);
    this.reviews = new ArrayList<>(reviews == null ? List.of() : reviews);
    this.escalations = new ArrayList<>(escalations == null ? List.of() : escalations);
    this.decidedAt = decidedAt;
    this.version = version;
  }

  /** A new request, on the track its urgency signals call for ({@link UrgentTrackPolicy}). */
  public static HardshipRequest register(
      HardshipRequestId id,
      CaseNumber caseNumber,
      Bsn citizen,
      BenefitType benefitType,
      String recoveryReference,
      long recoveryAmountCents,
      HardshipKind kind,
      String circumstances,
      Set<UrgencySignal> urgency,
      Actor actor,
      Instant now,
      LocalDate today,
      TriageDeadlinePolicy deadlines) {
    Track track = new UrgentTrackPolicy().track(urgency);
    return new HardshipRequest(
        id,
        caseNumber,
        citizen,
        benefitType,
        recoveryReference.strip(),
        recoveryAmountCents,
        kind,
        circumstances.strip(),
        urgency,
        actor.userName(),
        now,
        today,
        deadlines.triageDeadline(today),
        track,
        track == Track.URGENT ? deadlines.sameWorkingDay(today) : null,
        HardshipStatus.TRIAGE,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        0);
  }

  /**
   * The triage: confirms or chooses the track, with urgency signals the conversation brought up. A
   * request with any signal stays urgent ({@link UrgentTrackPolicy}).
   */
  public PolicyDecision triage(
      Track chosen,
      Set<UrgencySignal> found,
      String reasons,
      Actor actor,
      Instant now,
      LocalDate today,
      TriageDeadlinePolicy deadlines) {
    requireStatus(HardshipStatus.TRIAGE, "getrieerd", "triaged");
    new StatedReasonsPolicy().require("reasons", reasons, "de reden van de triage", "the reasons");
    Set<UrgencySignal> all = EnumSet.noneOf(UrgencySignal.class);
    all.addAll(urgency);
    if (found != null) {
      all.addAll(found);
    }
    PolicyDecision decision = new UrgentTrackPolicy().triage(all, chosen);
    decision.enforceAsUnprocessable("track");
    Set<UrgencySignal> added = EnumSet.noneOf(UrgencySignal.class);
    if (found != null) {
      added.addAll(found);
    }
    added.removeAll(urgency);
    this.triage = new Steps.Triage(chosen, added, reasons.strip(), actor.userName(), now);
    if (chosen == Track.URGENT && track != Track.URGENT) {
      this.urgentContactDeadline = deadlines.sameWorkingDay(today);
    }
    this.track = chosen;
    this.status =
        chosen == Track.URGENT ? HardshipStatus.URGENT_CONTACT : HardshipStatus.ASSESSMENT;
    return decision;
  }

  /** The same-day contact of the urgent track. */
  public void recordContact(
      LocalDate contactedOn, String summary, Actor actor, Instant now, LocalDate today) {
    requireStatus(HardshipStatus.URGENT_CONTACT, "gebeld", "contacted");
    new StatedReasonsPolicy()
        .require("summary", summary, "wat er is besproken", "what was discussed");
    if (contactedOn == null || contactedOn.isAfter(today) || contactedOn.isBefore(receivedOn)) {
      throw new nl.toeslagen.kernel.ValidationException(
          "contactedOn",
          "De datum van het contact ligt tussen de ontvangst van het verzoek en vandaag.",
          "The date of contact lies between the receipt of the request and today.");
    }
    this.contact = new Steps.UrgentContact(contactedOn, summary.strip(), actor.userName(), now);
    this.status = HardshipStatus.ASSESSMENT;
  }

  /** An emergency payment, approved by a second person ({@link EmergencyPaymentPolicy}). */
  public PolicyDecision recordEmergencyPayment(
      long amountCents,
      String approver,
      Set<Role> approverRoles,
      String reasons,
      Actor actor,
      Instant now) {
    new StatedReasonsPolicy()
        .require(
            "reasons", reasons, "waarom de noodbetaling nodig is", "why the payment is needed");
    PolicyDecision decision =
        new EmergencyPaymentPolicy()
            .evaluate(this, amountCents, actor.userName(), approver, approverRoles);
    if (decision.refused()) {
      decision.enforceAsUnprocessable(
          amountCents <= 0 || amountCents > EmergencyPaymentPolicy.MAX_CENTS
              ? "amountCents"
              : "approver");
    }
    emergencyPayments.add(
        new Steps.EmergencyPayment(amountCents, approver, reasons.strip(), actor.userName(), now));
    return decision;
  }

  /** A referral of a problem beyond the agency (debt help, the national escalation team). */
  public void refer(ReferralTarget target, String reasons, Actor actor, Instant now) {
    if (!open()) {
      throw new ConflictException(
          "Dit verzoek is al besloten; verwijs door vanuit een nieuw verzoek of contact.",
          "This request is decided already.");
    }
    new StatedReasonsPolicy().require("reasons", reasons, "waarom u doorverwijst", "why you refer");
    referrals.add(new Steps.Referral(target, reasons.strip(), actor.userName(), now));
  }

  /**
   * The assessment. A full grant decides the request; a refusal or partial grant goes to the
   * professional line's review ({@link HardshipFourEyesPolicy}).
   */
  public void assess(Steps.Assessment assessment, LocalDate today) {
    requireStatus(HardshipStatus.ASSESSMENT, "beoordeeld", "assessed");
    StatedReasonsPolicy reasons = new StatedReasonsPolicy();
    reasons.require("facts", assessment.facts(), "de feiten", "the facts");
    reasons.require(
        "harshLaw",
        assessment.harshLaw(),
        "de wettelijke regel die hard uitpakt",
        "the law that produced the outcome");
    reasons.require("reasons", assessment.reasons(), "de motivering", "the reasons");
    new AssessmentReasoningPolicy().check(this, assessment, today);
    new PolicySignalPolicy()
        .evaluate(assessment.outcome(), assessment.policySignal())
        .enforceAsUnprocessable("policySignal");
    assessments.add(assessment);
    if (new HardshipFourEyesPolicy().reviewRequired(assessment.outcome())) {
      status = HardshipStatus.REVIEW;
    } else {
      status = HardshipStatus.DECIDED;
      decidedAt = assessment.at();
    }
  }

  /** The review of a refusal or partial grant; not approved sends it back to the assessment. */
  public PolicyDecision review(boolean approved, String reasons, Actor reviewer, Instant now) {
    requireStatus(HardshipStatus.REVIEW, "gecontroleerd", "reviewed");
    new StatedReasonsPolicy()
        .require("reasons", reasons, "de motivering van uw controle", "the reasons of the review");
    PolicyDecision decision = new HardshipFourEyesPolicy().evaluate(this, reviewer);
    decision.enforce();
    reviews.add(new Steps.Review(approved, reasons.strip(), reviewer.userName(), now));
    if (approved) {
      status = HardshipStatus.DECIDED;
      decidedAt = now;
    } else {
      status = HardshipStatus.ASSESSMENT;
    }
    return decision;
  }

  /** A step's deadline passed while it was still open. */
  public void escalate(String step, LocalDate deadline, Instant now) {
    escalations.add(new Steps.Escalation(step, deadline, now));
  }

  private void requireStatus(HardshipStatus expected, String nl, String en) {
    if (status != expected) {
      throw new ConflictException(
          "Dit verzoek kan nu niet worden " + nl + ": het staat op '" + status.labelNl() + "'.",
          "This request cannot be " + en + " now: it is at '" + status.labelEn() + "'.");
    }
  }

  /**
   * Everyone who took a step in the request (registered, triaged, contacted, paid, referred,
   * assessed).
   */
  public Set<String> participants() {
    Set<String> users = new LinkedHashSet<>();
    users.add(registeredBy);
    if (triage != null) {
      users.add(triage.by());
    }
    if (contact != null) {
      users.add(contact.by());
    }
    emergencyPayments.forEach(
        p -> {
          users.add(p.recordedBy());
          users.add(p.approver());
        });
    referrals.forEach(r -> users.add(r.by()));
    assessments.forEach(a -> users.add(a.author()));
    return users;
  }

  /** Whether the request is still open (collection of its recovery is paused). */
  public boolean open() {
    return status != HardshipStatus.DECIDED;
  }

  /** The assessment that decided the request, once decided. */
  public Optional<Steps.Assessment> decision() {
    return status == HardshipStatus.DECIDED && !assessments.isEmpty()
        ? Optional.of(assessments.get(assessments.size() - 1))
        : Optional.empty();
  }

  /** The assessment waiting for review, if any. */
  public Optional<Steps.Assessment> pendingAssessment() {
    return status == HardshipStatus.REVIEW
        ? Optional.of(assessments.get(assessments.size() - 1))
        : Optional.empty();
  }

  /** All urgency signals: at intake and found at triage. */
  public Set<UrgencySignal> allUrgency() {
    Set<UrgencySignal> all = EnumSet.noneOf(UrgencySignal.class);
    all.addAll(urgency);
    if (triage != null) {
      all.addAll(triage.addedSignals());
    }
    return all;
  }

  public HardshipRequestId id() {
    return id;
  }

  public CaseNumber caseNumber() {
    return caseNumber;
  }

  public Bsn citizen() {
    return citizen;
  }

  public BenefitType benefitType() {
    return benefitType;
  }

  public String recoveryReference() {
    return recoveryReference;
  }

  public long recoveryAmountCents() {
    return recoveryAmountCents;
  }

  public HardshipKind kind() {
    return kind;
  }

  public String circumstances() {
    return circumstances;
  }

  public Set<UrgencySignal> urgency() {
    return urgency;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public LocalDate triageDeadline() {
    return triageDeadline;
  }

  public Track track() {
    return track;
  }

  public LocalDate urgentContactDeadline() {
    return urgentContactDeadline;
  }

  public HardshipStatus status() {
    return status;
  }

  public Steps.Triage triageStep() {
    return triage;
  }

  public Steps.UrgentContact contact() {
    return contact;
  }

  public List<Steps.EmergencyPayment> emergencyPayments() {
    return List.copyOf(emergencyPayments);
  }

  public List<Steps.Referral> referrals() {
    return List.copyOf(referrals);
  }

  public List<Steps.Assessment> assessments() {
    return List.copyOf(assessments);
  }

  public List<Steps.Review> reviews() {
    return List.copyOf(reviews);
  }

  public List<Steps.Escalation> escalations() {
    return List.copyOf(escalations);
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public long version() {
    return version;
  }
}
