package nl.toeslagen.hardship.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * What an outcome needs in the reasoning: the hardship clause only for a consequence the legislator
 * did not foresee or intend (Awir art. 47); moderation only when full recovery is disproportionate
 * (Awb art. 3:4); a grant names what is granted; a partial grant remits part of the recovery, a
 * full grant at most all of it, a refusal nothing; a personal payment plan is granted with the
 * figures of the plan, a payment pause with its end (at most a year: the pause is being explored,
 * seed 002, so the agency keeps it short and reviewable).
 */
@PolicyRule(
    name = "AssessmentReasoningPolicy",
    guardsNl =
        "Een toekenning past bij de grond: hardheidsclausule alleen bij een onvoorzien en onbedoeld"
            + " gevolg, matiging alleen bij onevenredigheid; het toegekende bedrag past bij de"
            + " terugvordering.",
    guardsEn =
        "A grant fits its ground: the hardship clause only for an unforeseen and unintended"
            + " consequence, moderation only for disproportionality; the amount granted fits the"
            + " recovery.",
    legalBasis = "Awir art. 47; Awb art. 3:4 lid 2; Awb art. 3:46",
    appliesTo = {"Beoordelen"})
public final class AssessmentReasoningPolicy {

  public static final String NAME = "AssessmentReasoningPolicy";

  /** The longest payment pause, in days. */
  public static final int MAX_PAUSE_DAYS = 366;

  /** Refuses (422 naming the field) an outcome the reasoning does not carry. */
  public void check(HardshipRequest request, Steps.Assessment a, java.time.LocalDate today) {
    boolean grants = a.outcome() != HardshipOutcome.AFGEWEZEN;
    if (grants && (a.granted() == null || a.granted().isBlank())) {
      refuse("granted", "Beschrijf wat u toekent.", "Describe what is granted.");
    }
    if (grants && request.kind() == HardshipKind.HARDHEIDSCLAUSULE && !a.unforeseenUnintended()) {
      refuse(
          "unforeseenUnintended",
          "De hardheidsclausule kan alleen als de wetgever dit gevolg niet heeft voorzien of"
              + " bedoeld (artikel 47 Awir).",
          "The hardship clause applies only to a consequence the legislator did not foresee or"
              + " intend (Awir art. 47).");
    }
    if (grants && request.kind() == HardshipKind.MATIGING && !a.disproportionate()) {
      refuse(
          "disproportionate",
          "Matigen kan alleen als volledige terugvordering onevenredig is (artikel 3:4 Awb).",
          "Moderation requires that full recovery is disproportionate (Awb art. 3:4).");
    }
    long relief = a.reliefCents() == null ? 0 : a.reliefCents();
    long recovery = request.recoveryAmountCents();
    if (relief < 0 || relief > recovery) {
      refuse(
          "reliefCents",
          "Het kwijtgescholden bedrag ligt tussen € 0 en de terugvordering ("
              + Money.ofCents(recovery).formatted()
              + ").",
          "The amount remitted is between 0 and the recovery.");
    }
    switch (a.outcome()) {
      case AFGEWEZEN -> {
        if (relief != 0) {
          refuse(
              "reliefCents",
              "Bij een afwijzing wordt niets kwijtgescholden.",
              "A refusal remits nothing.");
        }
      }
      case DEELS_TOEGEKEND -> {
        if (relief == recovery) {
          refuse(
              "reliefCents",
              "Bij een gedeeltelijke toekenning blijft een deel van de terugvordering staan.",
              "A partial grant leaves part of the recovery.");
        }
      }
      case TOEGEKEND -> {}
    }
    if (grants
        && request.kind() == HardshipKind.PERSOONLIJKE_BETALINGSREGELING
        && a.paymentPlan() == null) {
      refuse(
          "paymentPlan",
          "Vul voor een persoonlijke betalingsregeling het inkomen en de beslagvrije voet in.",
          "Enter the income and the protected income for a personal payment plan.");
    }
    if (grants && request.kind() == HardshipKind.BETAALPAUZE) {
      if (a.pauseUntil() == null
          || !a.pauseUntil().isAfter(today)
          || a.pauseUntil().isAfter(today.plusDays(MAX_PAUSE_DAYS))) {
        refuse(
            "pauseUntil",
            "Een betaalpauze loopt tot een datum na vandaag en duurt hoogstens een jaar.",
            "A payment pause ends after today and lasts at most a year.");
      }
    }
  }

  private static void refuse(String field, String nl, String en) {
    PolicyDecision.refuse(NAME, nl, en, Laws.awir("47")).enforceAsUnprocessable(field);
  }
}
