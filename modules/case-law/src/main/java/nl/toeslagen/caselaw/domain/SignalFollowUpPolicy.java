package nl.toeslagen.caselaw.domain;

import java.util.Set;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;

/**
 * An escalation's follow-up is management's: recorded by a team leader, once, with a decision, an
 * owner and a date not before the escalation opened. The inspectorate reads it afterwards.
 */
@PolicyRule(
    name = "SignalFollowUpPolicy",
    guardsNl =
        "De opvolging van een escalatie legt een teamleider eenmaal vast, met een besluit, een"
            + " eigenaar en een datum die niet voor de opening van de escalatie ligt.",
    guardsEn =
        "A team leader records an escalation's follow-up once, with a decision, an owner and a"
            + " date not before the escalation opened.",
    legalBasis =
        "Eigen norm signaalmanagement: de terugkoppeling van signalen wordt structureel belegd; de"
            + " Inspectie Belastingdienst, Toeslagen en Douane houdt toezicht op de opvolging van"
            + " signalen en knelpunten (Overzicht en toelichting specifieke maatregelen Toeslagen en"
            + " Belastingdienst)",
    appliesTo = {"Escalatie opvolgen"})
public final class SignalFollowUpPolicy {

  public static final String NAME = "SignalFollowUpPolicy";

  /** Allowed, or throws the refusal: 403 (not a team leader), 409 (done), 400 (field). */
  public PolicyDecision evaluate(
      SignalEscalation escalation, SignalFollowUp followUp, Set<Role> roles) {
    if (roles == null || !roles.contains(Role.TEAMLEIDER)) {
      throw PolicyDecision.refuse(
              NAME,
              "Alleen een teamleider legt de opvolging van een escalatie vast.",
              "Only a team leader records an escalation's follow-up.")
          .violation();
    }
    if (!escalation.open()) {
      throw PolicyDecision.refuse(
              NAME,
              "De opvolging van deze escalatie is al vastgelegd.",
              "This escalation's follow-up is already recorded.")
          .violation()
          .as(PolicyViolationException.Kind.CONFLICT);
    }
    if (followUp.decision().isBlank()) {
      refuse("decision", "Vul het besluit in.", "Enter the decision.");
    }
    if (followUp.decision().length() > SignalFollowUp.MAX_DECISION) {
      refuse(
          "decision",
          "Het besluit is langer dan " + SignalFollowUp.MAX_DECISION + " tekens.",
          "The decision is longer than " + SignalFollowUp.MAX_DECISION + " characters.");
    }
    if (followUp.owner().isBlank()) {
      refuse("owner", "Vul de eigenaar van de opvolging in.", "Enter the follow-up's owner.");
    }
    if (followUp.owner().length() > SignalFollowUp.MAX_OWNER) {
      refuse(
          "owner",
          "De eigenaar is langer dan " + SignalFollowUp.MAX_OWNER + " tekens.",
          "The owner is longer than " + SignalFollowUp.MAX_OWNER + " characters.");
    }
    if (followUp.date().isBefore(escalation.openedOn())) {
      refuse(
          "date",
          "De datum van de opvolging ligt voor de opening van de escalatie ("
              + escalation.openedOn()
              + ").",
          "The follow-up's date is before the escalation opened (" + escalation.openedOn() + ").");
    }
    return PolicyDecision.allow(
        NAME,
        "Opvolging vastgelegd door teamleider "
            + followUp.recordedBy()
            + ": eigenaar "
            + followUp.owner()
            + ", datum "
            + followUp.date()
            + ".",
        "Follow-up recorded by team leader "
            + followUp.recordedBy()
            + ": owner "
            + followUp.owner()
            + ", date "
            + followUp.date()
            + ".");
  }

  private static void refuse(String field, String nl, String en) {
    PolicyDecision.refuse(NAME, nl, en).enforceAsInvalid(field);
  }
}
