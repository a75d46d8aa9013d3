package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.ValidationException;

/**
 * The citizen's view (zienswijze), asked before any sanction. Recorded also when the citizen did
 * not respond: what counts is that it was asked and what came back.
 *
 * @param requestedOn when the citizen was asked
 * @param recordedOn when the answer (or the absence of one) was recorded
 * @param responded whether the citizen gave a view
 * @param summary the citizen's view in short; required when they responded
 * @param recordedBy the employee who recorded it
 */
public record Zienswijze(
    LocalDate requestedOn,
    LocalDate recordedOn,
    boolean responded,
    String summary,
    String recordedBy) {

  public Zienswijze {
    if (requestedOn == null) {
      throw new ValidationException(
          "requestedOn",
          "Vermeld wanneer de burger om een zienswijze is gevraagd.",
          "State when the citizen was asked for their view.");
    }
    if (recordedOn == null || recordedOn.isBefore(requestedOn)) {
      throw new ValidationException(
          "recordedOn",
          "De zienswijze kan niet zijn vastgelegd vóór de datum waarop erom is gevraagd.",
          "The view cannot be recorded before the date it was asked for.");
    }
    if (responded && (summary == null || summary.isBlank())) {
      throw new ValidationException(
          "summary",
          "Geef de zienswijze van de burger kort weer.",
          "Summarise the citizen's view.");
    }
    if (recordedBy == null || recordedBy.isBlank()) {
      throw new IllegalArgumentException("recordedBy must be named");
    }
  }
}
