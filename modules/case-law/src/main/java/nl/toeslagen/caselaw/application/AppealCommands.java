package nl.toeslagen.caselaw.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Input of the appeal handlers, with its limits as Jakarta Validation constraints (types, sizes,
 * patterns; checked before anything is written). What a person would get wrong — an unknown code, a
 * wrong court, a date out of range, a missing reason — is refused by the domain's named policies
 * ({@code AppealAdmissibilityPolicy}, {@code AppealInputPolicy}, …) so that the refusal is audited.
 */
public final class AppealCommands {

  public static final int LONG_TEXT = 4000;
  public static final int CODE = 40;

  /** A court's case number as courts write them ("SGR 26/1234", "202601234/1/A2"). */
  public static final String COURT_CASE_NUMBER = "[\\p{L}\\p{N} ./_-]{0,40}";

  /** A court code (RBDHA, RVS, …): letters only. */
  public static final String COURT_CODE = "[A-Za-z]{0,10}";

  /** An id as text (a UUID); anything else is refused before the look-up. */
  public static final String ID =
      "([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?";

  private AppealCommands() {}

  /** An appeal lodged against an objection decision. */
  public record AppealLodge(
      @Size(max = CODE) String level,
      @Pattern(regexp = COURT_CODE) String court,
      @Size(max = 40) @Pattern(regexp = COURT_CASE_NUMBER) String courtCaseNumber,
      LocalDate lodgedOn,
      @Size(max = CODE) String appellant,
      @Pattern(regexp = ID) String previousAppealId) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public AppealLodge(
        String level,
        String court,
        String courtCaseNumber,
        LocalDate lodgedOn,
        String appellant,
        String previousAppealId) {
      this.level = level;
      this.court = court;
      this.courtCaseNumber = courtCaseNumber;
      this.lodgedOn = lodgedOn;
      this.appellant = appellant;
      this.previousAppealId = previousAppealId;
    }
  }

  /** The professional line's check before a higher appeal. */
  public record AppealCheck(
      @NotNull Boolean solvableWithCitizen,
      @Size(max = CODE) String solution,
      @Size(max = LONG_TEXT) String reasons) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public AppealCheck(Boolean solvableWithCitizen, String solution, String reasons) {
      this.solvableWithCitizen = solvableWithCitizen;
      this.solution = solution;
      this.reasons = reasons;
    }
  }

  /** The statement of defence and the file, sent to the court. */
  public record AppealDefence(LocalDate sentOn, @Size(max = LONG_TEXT) String summary) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public AppealDefence(LocalDate sentOn, String summary) {
      this.sentOn = sentOn;
      this.summary = summary;
    }
  }

  /** The hearing at the court, or why there is none ({@code skipped} with {@code skipReason}). */
  public record AppealHearing(
      LocalDate heldOn,
      @Size(max = LONG_TEXT) String notes,
      Boolean skipped,
      @Size(max = LONG_TEXT) String skipReason) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public AppealHearing(LocalDate heldOn, String notes, Boolean skipped, String skipReason) {
      this.heldOn = heldOn;
      this.notes = notes;
      this.skipped = skipped;
      this.skipReason = skipReason;
    }
  }
}
