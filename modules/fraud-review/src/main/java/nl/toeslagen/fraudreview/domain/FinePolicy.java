package nl.toeslagen.fraudreview.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * The fine (vergrijpboete) rules: only after a recorded zienswijze; at most 100% of the recovery
 * (Awir art. 41), 150% for a repeat within five years; none when the citizen corrected it before
 * knowing the agency was aware (Awir art. 42); when a fine above EUR 340 can be imposed for the
 * offence (the maximum, not the proposal) a report is required (Awb art. 5:53 lid 1).
 */
@PolicyRule(
    name = "FinePolicy",
    guardsNl =
        "De vergrijpboete: hoogstens 100% (150% bij herhaling), geen boete na eigen herstel, een rapport als de hoogst mogelijke boete boven EUR 340 ligt.",
    guardsEn =
        "The fine: at most 100% (150% for a repeat), none after the citizen's own correction, a report when the highest possible fine exceeds EUR 340.",
    legalBasis = "Awir art. 41 en 42; Awb art. 5:53",
    appliesTo = {"Vaststelling indienen (uitkomst met boetevoorstel)"})
public final class FinePolicy {

  public static final String NAME = "FinePolicy";

  /** Above this amount a fine needs a report and a zienswijze (Awb art. 5:53). */
  public static final Money REPORT_THRESHOLD = Money.ofCents(34_000);

  public static final int MAXIMUM_PERCENTAGE = 100;
  public static final int REPEAT_MAXIMUM_PERCENTAGE = 150;

  public PolicyDecision evaluate(FineRequest request, Zienswijze zienswijze, LocalDate today) {
    return evaluate(request, zienswijze, null, today);
  }

  /**
   * The fine proposal of the outcome: only after the citizen was heard ({@link
   * ZienswijzeBeforeFinePolicy}), not above the intended fine, and within the fine rules.
   */
  public PolicyDecision evaluate(
      FineRequest request, Zienswijze zienswijze, ZienswijzeRequest asked, LocalDate today) {
    PolicyDecision heard = new ZienswijzeBeforeFinePolicy().evaluate(zienswijze, asked, today);
    if (heard.refused()) {
      return heard;
    }
    PolicyDecision fine = evaluateFine(request, today);
    if (fine.refused()) {
      return fine;
    }
    PolicyDecision within =
        new ZienswijzeBeforeFinePolicy().withinIntendedFine(amount(request), asked);
    return within.refused() ? within : fine;
  }

  /** The intended fine of a zienswijze request: the fine rules without the hearing. */
  public FineProposal intended(FineRequest request, LocalDate today) {
    evaluateFine(request, today).enforce();
    return proposal(request, today);
  }

  private PolicyDecision evaluateFine(FineRequest request, LocalDate today) {
    if (request == null || request.recovery() == null || !request.recovery().isPositive()) {
      return PolicyDecision.refuse(
          NAME,
          "Een boete gaat uit van het teruggevorderde bedrag; vul een terugvordering groter dan"
              + " nul in.",
          "A fine is based on the recovered amount; enter a recovery above zero.",
          Laws.awir("41"));
    }
    int maximum = maximumPercentage(request, today);
    if (request.percentage() < 0 || request.percentage() > maximum) {
      return PolicyDecision.refuse(
          NAME,
          "Het boetepercentage moet tussen 0 en "
              + maximum
              + "% van de terugvordering liggen"
              + (maximum > MAXIMUM_PERCENTAGE ? " (herhaling binnen vijf jaar)." : "."),
          "The fine percentage must be between 0 and "
              + maximum
              + "% of the recovery"
              + (maximum > MAXIMUM_PERCENTAGE ? " (repeat within five years)." : "."),
          Laws.awir("41"));
    }
    Money amount = amount(request);
    Money maximumFine = maximumFine(request, today);
    if (maximumFine.compareTo(REPORT_THRESHOLD) > 0
        && (request.reportReference() == null || request.reportReference().isBlank())) {
      return PolicyDecision.refuse(
          NAME,
          "Voor deze overtreding kan een boete van meer dan € 340 worden opgelegd (hoogstens "
              + maximumFine.formatted()
              + "); dan is een rapport nodig, ook als het voorstel lager is. Vermeld het rapport.",
          "A fine above EUR 340 can be imposed for this offence (at most "
              + maximumFine.formatted()
              + "); that requires a report, even when the proposal is lower. State the report.",
          Laws.awb("5:53"));
    }
    if (request.correctedBeforeAware()) {
      return PolicyDecision.allow(
          NAME,
          "Geen boete: de burger heeft de gegevens zelf verbeterd voordat die wist dat de Dienst"
              + " op de hoogte was.",
          "No fine: the citizen corrected the information before knowing the agency was aware.",
          Laws.awir("42"));
    }
    return PolicyDecision.allow(
        NAME,
        "Boetevoorstel van " + amount.formatted() + " (" + request.percentage() + "%).",
        "Fine proposal of " + amount.formatted() + " (" + request.percentage() + "%).",
        Laws.awir("41"));
  }

  /** Calculates the proposal; throws PolicyViolationException when the rules refuse it. */
  public FineProposal propose(FineRequest request, Zienswijze zienswijze, LocalDate today) {
    return propose(request, zienswijze, null, today);
  }

  /** Calculates the proposal after a request; throws when the rules refuse it. */
  public FineProposal propose(
      FineRequest request, Zienswijze zienswijze, ZienswijzeRequest asked, LocalDate today) {
    PolicyDecision decision = evaluate(request, zienswijze, asked, today);
    if (decision.refused() && ZienswijzeBeforeFinePolicy.NAME.equals(decision.policy())) {
      decision.enforceAsConflict();
    }
    decision.enforce();
    return proposal(request, today);
  }

  private static FineProposal proposal(FineRequest request, LocalDate today) {
    return new FineProposal(
        request.recovery(),
        request.correctedBeforeAware() ? 0 : request.percentage(),
        maximumPercentage(request, today),
        isRepeat(request, today),
        request.correctedBeforeAware(),
        request.reportReference(),
        amount(request));
  }

  static boolean isRepeat(FineRequest request, LocalDate today) {
    return request.previousFineDate() != null
        && !request.previousFineDate().isAfter(today)
        && !request.previousFineDate().isBefore(today.minusYears(5));
  }

  static int maximumPercentage(FineRequest request, LocalDate today) {
    return isRepeat(request, today) ? REPEAT_MAXIMUM_PERCENTAGE : MAXIMUM_PERCENTAGE;
  }

  /**
   * The highest fine that can be imposed for the offence (Awb 5:53 lid 1 looks at this, not at the
   * proposed amount): 100% of the recovery, 150% for a repeat, nothing after the citizen's own
   * correction (Awir art. 42).
   */
  static Money maximumFine(FineRequest request, LocalDate today) {
    if (request.correctedBeforeAware()) {
      return Money.ZERO;
    }
    return request
        .recovery()
        .times(BigDecimal.valueOf(maximumPercentage(request, today)).movePointLeft(2));
  }

  private static Money amount(FineRequest request) {
    if (request.correctedBeforeAware()) {
      return Money.ZERO;
    }
    return request.recovery().times(BigDecimal.valueOf(request.percentage()).movePointLeft(2));
  }
}
