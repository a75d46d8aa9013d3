package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.ValidationException;

/**
 * The result of the proactive phone call ("human measure").
 *
 * @param contactedOn the day of the (attempted) call
 * @param reached whether the citizen was reached
 * @param agreement what was agreed or discussed
 * @param withdrawn whether the citizen withdrew the objection in the call
 * @param resolved whether the matter was resolved in the call
 */
public record ContactOutcome(
    LocalDate contactedOn, boolean reached, String agreement, boolean withdrawn, boolean resolved) {

  public ContactOutcome {
    if (contactedOn == null) {
      throw new ValidationException(
          "contactedOn", "Geef de datum van het contact.", "Give the date of the contact.");
    }
    if (reached && (agreement == null || agreement.isBlank())) {
      throw new ValidationException(
          "agreement",
          "Leg vast wat is besproken of afgesproken.",
          "Record what was discussed or agreed.");
    }
    if (!reached && (withdrawn || resolved)) {
      throw new ValidationException(
          "reached",
          "Intrekken of oplossen kan alleen als de burger is bereikt.",
          "Withdrawal or resolution needs the citizen to have been reached.");
    }
    agreement = agreement == null ? "" : agreement.strip();
  }
}
