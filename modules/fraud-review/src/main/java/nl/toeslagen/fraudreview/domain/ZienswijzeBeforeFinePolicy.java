package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * No fine proposal before the citizen was heard: the view was received, or the period to respond
 * ({@link ZienswijzeTermPolicy}) lapsed unused. The proposal may not exceed the intended fine the
 * citizen was asked about. A refusal is a conflict with the state of the case (409).
 */
@PolicyRule(
    name = "ZienswijzeBeforeFinePolicy",
    guardsNl =
        "Een boetevoorstel kan pas nadat de zienswijze van de burger is ontvangen of de termijn"
            + " daarvoor ongebruikt is verstreken, en niet hoger dan de voorgenomen boete.",
    guardsEn =
        "A fine can only be proposed after the citizen's view was received or the period to"
            + " respond lapsed unused, and not above the intended fine.",
    legalBasis = "Awb art. 4:8; Awb art. 5:53",
    appliesTo = {"Vaststelling indienen (uitkomst met boetevoorstel)"})
public final class ZienswijzeBeforeFinePolicy {

  public static final String NAME = "ZienswijzeBeforeFinePolicy";

  /**
   * May a fine be proposed on {@code today}, given the recorded view and the request (either may be
   * {@code null})?
   */
  public PolicyDecision evaluate(
      Zienswijze zienswijze, ZienswijzeRequest request, LocalDate today) {
    if (zienswijze == null) {
      return PolicyDecision.refuse(
          NAME,
          request == null
              ? "Een boetevoorstel kan pas nadat de burger om een zienswijze is gevraagd en die is"
                  + " vastgelegd."
              : "Een boetevoorstel kan pas nadat de zienswijze is ontvangen, of nadat de termijn"
                  + " daarvoor (tot en met "
                  + ZienswijzeTermPolicy.dutch(request.respondBy())
                  + ") ongebruikt is verstreken en dat is vastgelegd.",
          request == null
              ? "A fine can only be proposed after the citizen was asked for their view and it was"
                  + " recorded."
              : "A fine can only be proposed after the view was received, or after the period to"
                  + " respond (until "
                  + request.respondBy()
                  + ") lapsed unused and that was recorded.",
          Laws.awb("4:8"));
    }
    if (zienswijze.responded()) {
      return PolicyDecision.allow(
          NAME, "De zienswijze is ontvangen.", "The view was received.", Laws.awb("4:8"));
    }
    LocalDate respondBy =
        request != null
            ? request.respondBy()
            : new ZienswijzeTermPolicy()
                .respondBy(zienswijze.requestedOn(), LegalCalendar.standard());
    if (today == null || !new ZienswijzeTermPolicy().lapsed(respondBy, today)) {
      return PolicyDecision.refuse(
          NAME,
          "De burger kan nog reageren tot en met "
              + ZienswijzeTermPolicy.dutch(respondBy)
              + "; een boetevoorstel kan pas daarna.",
          "The citizen can still respond until " + respondBy + "; a fine can only follow after.",
          Laws.awb("4:8"));
    }
    return PolicyDecision.allow(
        NAME,
        "De termijn voor een zienswijze is ongebruikt verstreken.",
        "The period to respond lapsed unused.",
        Laws.awb("4:8"));
  }

  /** The proposal may not be higher than the intended fine the citizen was heard on. */
  public PolicyDecision withinIntendedFine(Money proposed, ZienswijzeRequest request) {
    if (request != null && proposed.compareTo(request.intendedFine().amount()) > 0) {
      return PolicyDecision.refuse(
          NAME,
          "Het boetevoorstel ("
              + proposed.formatted()
              + ") is hoger dan de voorgenomen boete waarover de burger is gehoord ("
              + request.intendedFine().amount().formatted()
              + ").",
          "The fine proposal ("
              + proposed.formatted()
              + ") is higher than the intended fine the citizen was heard on ("
              + request.intendedFine().amount().formatted()
              + ").",
          Laws.awb("4:8"));
    }
    return PolicyDecision.allow(
        NAME,
        "Het voorstel gaat niet boven de voorgenomen boete.",
        "The proposal does not exceed the intended fine.",
        Laws.awb("4:8"));
  }
}
