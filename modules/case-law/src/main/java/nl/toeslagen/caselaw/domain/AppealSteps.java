package nl.toeslagen.caselaw.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The recorded steps of an appeal, each with who took it and when. Public records: they are the
 * appeal's stored JSON document as they are.
 */
public final class AppealSteps {

  private AppealSteps() {}

  /**
   * The professional line's check before the agency lodges or continues a higher appeal: can the
   * question underneath still be solved with the citizen, how, and why the appeal is (not) worth
   * it.
   */
  public record ProfessionalLineCheck(
      boolean solvableWithCitizen,
      AppealSolution solution,
      String reasons,
      String by,
      Instant at) {}

  /** The statement of defence (verweerschrift) and the file sent to the court (Awb 8:42). */
  public record StatementOfDefence(LocalDate sentOn, String summary, String by, Instant at) {}

  /** The hearing at the court, or why there was none. */
  public record Hearing(
      boolean skipped, LocalDate heldOn, String notes, String skipReason, String by, Instant at) {}

  /** The ruling of the court, from the rulings register. */
  public record Ruling(
      String rulingId,
      String ecli,
      LocalDate date,
      String outcomeForAgency,
      String recordedBy,
      Instant at) {}
}
