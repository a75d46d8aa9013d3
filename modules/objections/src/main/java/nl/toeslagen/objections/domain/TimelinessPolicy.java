package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.Objects;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "TimelinessPolicy" (Awb 6:7, 6:9): an objection is in time when received by the last
 * day of the objection term, or posted by then and received within a week after it; otherwise it is
 * late (and can only be excused under {@link ExcusableLatenessPolicy}). The assessment's decision
 * is allowed when the objection counts as timely.
 */
@PolicyRule(
    name = "TimelinessPolicy",
    guardsNl =
        "Een bezwaar is tijdig als het binnen de bezwaartermijn is ontvangen, of binnen de termijn"
            + " is gepost en uiterlijk een week erna is ontvangen.",
    guardsEn =
        "An objection is timely when received within the objection term, or posted within it and"
            + " received at most a week after it.",
    legalBasis = "Awb art. 6:7, 6:8, 6:9; Algemene termijnenwet",
    appliesTo = {"Bezwaar registreren"})
public final class TimelinessPolicy {

  public static final String NAME = "TimelinessPolicy";

  /**
   * @param start first day of the objection term
   * @param end last day of the objection term (after the Algemene termijnenwet)
   * @param received the day the objection was received
   * @param postmark the postmark of a posted objection, or {@code null}
   */
  public TimelinessAssessment evaluate(
      LocalDate start, LocalDate end, LocalDate received, LocalDate postmark) {
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(received, "received");
    if (!received.isAfter(end)) {
      return new TimelinessAssessment(
          Timeliness.IN_TIME,
          start,
          end,
          "Het bezwaar is op tijd ontvangen: uiterlijk op "
              + end
              + ", de laatste dag van de bezwaartermijn.",
          "The objection was received in time: on or before "
              + end
              + ", the last day of the objection term.",
          Laws.awb("6:7"));
    }
    LocalDate postalLimit = end.plusWeeks(1);
    if (postmark != null && !postmark.isAfter(end) && !received.isAfter(postalLimit)) {
      return new TimelinessAssessment(
          Timeliness.POSTED_IN_TIME,
          start,
          end,
          "Het bezwaar is binnen de termijn op de post gedaan ("
              + postmark
              + ") en binnen een week na het einde van de termijn ontvangen.",
          "The objection was posted within the term ("
              + postmark
              + ") and received within one week after the term ended.",
          Laws.awb("6:9"));
    }
    return new TimelinessAssessment(
        Timeliness.LATE,
        start,
        end,
        "Het bezwaar is te laat: de termijn eindigde op "
            + end
            + (postmark == null
                ? ""
                : " en het poststempel of de ontvangst valt buiten art. 6:9 Awb")
            + ". Ontvangen op "
            + received
            + ".",
        "The objection is late: the term ended on "
            + end
            + (postmark == null ? "" : " and the postmark or receipt falls outside Awb 6:9")
            + ". Received on "
            + received
            + ".",
        Laws.awb("6:7"));
  }
}
