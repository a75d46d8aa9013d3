package nl.toeslagen.caselaw.application;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Input of the signal register, with its limits as Jakarta Validation constraints (checked before
 * anything is written). What a person would get wrong — an unknown source or category, a date in
 * the future, an incomplete case link — is refused by {@code SignalInputPolicy} and {@code
 * SignalFollowUpPolicy}, so that the refusal is audited.
 */
public final class SignalCommands {

  public static final int CODE = 40;
  public static final int SUMMARY = 2000;
  public static final int DECISION = 4000;
  public static final int OWNER = 200;

  private SignalCommands() {}

  /**
   * A signal registered by hand: a complaint, a phone topic or a citizen's letter.
   *
   * @param source {@code KLACHT}, {@code TELEFOONONDERWERP} or {@code BRIEF_BURGER}
   * @param category a category code ({@code GET /api/signal-management/signals/categories})
   * @param date the date the signal came in, not in the future
   * @param caseType the kind of case it is about, or null
   * @param caseId the case's id, with {@code caseType}
   * @param summary what it is about, at most 2,000 characters
   */
  public record SignalRegistration(
      @Size(max = CODE) String source,
      @Size(max = CODE) String category,
      LocalDate date,
      @Size(max = CODE) String caseType,
      @Size(max = 64) String caseId,
      @Size(max = SUMMARY) String summary) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public SignalRegistration(
        String source,
        String category,
        LocalDate date,
        String caseType,
        String caseId,
        String summary) {
      this.source = source;
      this.category = category;
      this.date = date;
      this.caseType = caseType;
      this.caseId = caseId;
      this.summary = summary;
    }
  }

  /**
   * Management's follow-up of an escalation.
   *
   * @param decision what was decided
   * @param owner who owns carrying it out (a person, team or directorate)
   * @param date the date of the follow-up
   */
  public record SignalFollowUpRequest(
      @Size(max = DECISION) String decision, @Size(max = OWNER) String owner, LocalDate date) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public SignalFollowUpRequest(String decision, String owner, LocalDate date) {
      this.decision = decision;
      this.owner = owner;
      this.date = date;
    }
  }
}
