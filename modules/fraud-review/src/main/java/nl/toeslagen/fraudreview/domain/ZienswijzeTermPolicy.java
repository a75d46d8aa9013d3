package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * The period the citizen gets to give their view before a fine: {@link #RESPONSE_PERIOD} (two
 * weeks) from the date of the request letter; a last day on a Saturday, Sunday or holiday moves to
 * the next working day (Algemene termijnenwet art. 1, applied in the citizen's favour). "No
 * response" can only be recorded once that period has lapsed.
 */
@PolicyRule(
    name = "ZienswijzeTermPolicy",
    guardsNl =
        "De burger krijgt ten minste twee weken om een zienswijze te geven; 'geen reactie' kan pas"
            + " na afloop van die termijn worden vastgelegd.",
    guardsEn =
        "The citizen gets at least two weeks to give their view; 'no response' can only be"
            + " recorded after that period.",
    legalBasis = "Awb art. 4:8 en 5:53 lid 3; Algemene termijnenwet art. 1",
    appliesTo = {"Zienswijze vragen", "Zienswijze vastleggen"})
public final class ZienswijzeTermPolicy {

  public static final String NAME = "ZienswijzeTermPolicy";

  /** The period to respond, counted from the date of the request letter (data, not scattered). */
  public static final Period RESPONSE_PERIOD = Period.ofWeeks(2);

  /** The last day to respond to a request dated {@code requestedOn}. */
  public LocalDate respondBy(LocalDate requestedOn, LegalCalendar calendar) {
    return calendar.statutoryTermEnd(requestedOn.plus(RESPONSE_PERIOD));
  }

  /** True once the last day to respond has passed. */
  public boolean lapsed(LocalDate respondBy, LocalDate today) {
    return today.isAfter(respondBy);
  }

  /** "No response" may be recorded only after the last day to respond. */
  public PolicyDecision mayRecordNoResponse(LocalDate respondBy, LocalDate today) {
    if (!lapsed(respondBy, today)) {
      return PolicyDecision.refuse(
          NAME,
          "De burger kan nog reageren tot en met "
              + dutch(respondBy)
              + "; 'geen reactie' kan pas daarna worden vastgelegd.",
          "The citizen can still respond until "
              + respondBy
              + " inclusive; 'no response' can only be recorded after that.",
          Laws.awb("4:8"));
    }
    return PolicyDecision.allow(
        NAME,
        "De termijn voor een zienswijze is op " + dutch(respondBy) + " ongebruikt verstreken.",
        "The period to respond lapsed unused on " + respondBy + ".",
        Laws.awb("4:8"));
  }

  /** A date as Dutch text ("16 december 2026"). */
  static String dutch(LocalDate date) {
    return date.format(DUTCH);
  }

  private static final DateTimeFormatter DUTCH =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));
}
