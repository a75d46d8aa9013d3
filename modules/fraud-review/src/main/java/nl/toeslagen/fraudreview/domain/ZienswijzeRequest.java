package nl.toeslagen.fraudreview.domain;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.ValidationException;

/**
 * The request for the citizen's view (zienswijze) before a fine (Awb art. 4:8, 5:53 lid 3): a
 * letter that states the facts, the intended fine and until when the citizen can respond ({@link
 * ZienswijzeTermPolicy}).
 *
 * @param requestedOn the date of the request letter
 * @param respondBy the last day to respond ({@link ZienswijzeTermPolicy#respondBy})
 * @param facts the facts the intended fine rests on, as the letter states them
 * @param intendedFine the fine the agency intends to impose (checked by {@link FinePolicy})
 * @param requestedBy the employee who asked
 */
public record ZienswijzeRequest(
    LocalDate requestedOn,
    LocalDate respondBy,
    List<String> facts,
    FineProposal intendedFine,
    String requestedBy) {

  public ZienswijzeRequest {
    if (requestedOn == null || respondBy == null || !respondBy.isAfter(requestedOn)) {
      throw new IllegalArgumentException("a request needs its date and a later last day");
    }
    if (facts == null || facts.isEmpty()) {
      throw new ValidationException(
          "facts",
          "Noem de feiten waarop de voorgenomen boete berust.",
          "State the facts the intended fine rests on.");
    }
    facts = List.copyOf(facts);
    if (intendedFine == null) {
      throw new ValidationException(
          "intendedFine", "Vermeld de voorgenomen boete.", "State the intended fine.");
    }
    if (requestedBy == null || requestedBy.isBlank()) {
      throw new IllegalArgumentException("requestedBy must be named");
    }
  }
}
