package nl.toeslagen.hardship.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The recorded steps of a hardship request, each with who took it and when. Public records: they
 * are the request's stored JSON document as they are.
 */
public final class Steps {

  private Steps() {}

  /** The triage: the track chosen, urgency signals found in the conversation, why. */
  public record Triage(
      Track track, Set<UrgencySignal> addedSignals, String reasons, String by, Instant at) {
    public Triage {
      addedSignals = addedSignals == null ? Set.of() : Set.copyOf(addedSignals);
    }
  }

  /** The same-day contact of the urgent track (STELLA). */
  public record UrgentContact(LocalDate contactedOn, String summary, String by, Instant at) {}

  /** An emergency payment (noodbetaling): amount, who approved it and why. */
  public record EmergencyPayment(
      long amountCents, String approver, String reasons, String recordedBy, Instant at) {}

  /** A referral of a problem beyond the agency. */
  public record Referral(ReferralTarget target, String reasons, String by, Instant at) {}

  /**
   * The payment plan an assessment proposes, as the collection rules computed it: the figures used
   * (the beslagvrije voet among them, which the citizen may contest) and the terms.
   */
  public record PaymentPlan(
      long monthlyIncomeCents,
      long beslagvrijeVoetCents,
      long monthlyAdvanceCents,
      String arrangement,
      Long monthlyTermCents,
      Long lastTermCents,
      int terms,
      List<String> reasonsNl) {
    public PaymentPlan {
      reasonsNl = reasonsNl == null ? List.of() : List.copyOf(reasonsNl);
    }
  }

  /**
   * The structured reasoning of an assessment: the facts, the law that produced the harsh outcome,
   * whether the consequence was unforeseen and unintended by the legislator (Awir art. 47), whether
   * full recovery is disproportionate (Awir art. 26 lid 2 in the version the seeds quote, and the
   * proportionality duty of Awb art. 3:4), what is granted, and a signal for policy when the law
   * itself bites.
   */
  public record Assessment(
      String facts,
      String harshLaw,
      boolean unforeseenUnintended,
      boolean disproportionate,
      HardshipOutcome outcome,
      String granted,
      Long reliefCents,
      LocalDate pauseUntil,
      PaymentPlan paymentPlan,
      String reasons,
      PolicySignalCategory policySignal,
      String policySignalNote,
      String author,
      Instant at) {}

  /** The professional line's review of a refusal or partial grant. */
  public record Review(boolean approved, String reasons, String reviewer, Instant at) {}

  /** A deadline that passed with its step still open, reported to the team leader. */
  public record Escalation(String step, LocalDate deadline, Instant at) {}
}
