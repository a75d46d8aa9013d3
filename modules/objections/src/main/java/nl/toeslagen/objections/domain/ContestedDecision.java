package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The decision objected to.
 *
 * @param reference the decision's reference (kenmerk)
 * @param type the kind of decision
 * @param date the dagtekening: the date printed on the decision, from which the objection term runs
 * @param benefitYear the benefit year (berekeningsjaar) the decision is about, or {@code null} when
 *     not recorded (cases registered before it was kept)
 */
public record ContestedDecision(
    String reference, ContestedDecisionType type, LocalDate date, Integer benefitYear) {

  /** A contested decision without a recorded benefit year. */
  public ContestedDecision(String reference, ContestedDecisionType type, LocalDate date) {
    this(reference, type, date, null);
  }

  public ContestedDecision {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
  }
}
