package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.toeslagen.kernel.ValidationException;

/**
 * A request to repair missing requirements within a period (Awb 6:6).
 *
 * @param requestedOn the day the request was sent
 * @param dueDate the last day of the repair period
 * @param missing what must be repaired
 */
public record RepairRequest(LocalDate requestedOn, LocalDate dueDate, Set<Requirement> missing) {

  /** The usual repair period. */
  public static final int STANDARD_PERIOD_DAYS = 14;

  public RepairRequest {
    Objects.requireNonNull(requestedOn, "requestedOn");
    if (dueDate == null || !dueDate.isAfter(requestedOn)) {
      throw new ValidationException(
          "repairDueDate",
          "De hersteltermijn moet na de datum van het verzoek eindigen.",
          "The repair period must end after the date of the request.");
    }
    if (missing == null || missing.isEmpty()) {
      throw new ValidationException(
          "missing",
          "Noem wat ontbreekt; zonder gebrek is er niets te herstellen.",
          "Name what is missing; without a defect there is nothing to repair.");
    }
    missing = Set.copyOf(EnumSet.copyOf(missing));
  }

  /** Whether the period has lapsed on {@code today} (the due date itself still counts). */
  public boolean lapsedOn(LocalDate today) {
    return today.isAfter(dueDate);
  }
}
