package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision objected to.
 *
 * @param reference the decision's reference (kenmerk)
 * @param type the kind of decision
 * @param date the dagtekening: the date printed on the decision, from which the objection term runs
 */
public record ContestedDecision(String reference, ContestedDecisionType type, LocalDate date) {

  public ContestedDecision {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
  }
}
