package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step taken on an objection case and who took it, kept with the case so that the four-eyes
 * review can tell who took part (see {@link DecisionReviewPolicy}).
 *
 * @param kind what was done
 * @param by the user name of who did it
 * @param on the day it was done; {@code null} when not known (a review, a derived step)
 * @param draftVersion for {@link Kind#DRAFT}: the version of the draft decision (1, 2, ...); 0
 *     otherwise
 */
public record CaseStep(Kind kind, String by, LocalDate on, int draftVersion) {

  /** The kinds of step; all but {@link #REVIEW} make the user ineligible to review the decision. */
  public enum Kind {
    INTAKE,
    LATENESS_EXCUSED,
    ADMISSIBILITY,
    REPAIR_ENDED,
    CONTACT,
    HEARING_SCHEDULED,
    HEARING_SKIPPED,
    HEARING_REPORT,
    DRAFT,
    REVIEW,
    TERM_EXTENDED,
    TERM_POSTPONED,
    NOTICE_OF_DEFAULT,
    WITHDRAWAL,
    GROUND_ADDED;

    /** Whether taking this step rules the user out as reviewer of the decision. */
    public boolean disqualifiesReviewer() {
      return this != REVIEW;
    }
  }

  public CaseStep {
    Objects.requireNonNull(kind, "kind");
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("by must not be blank");
    }
  }

  /** A step that is not a draft. */
  public static CaseStep of(Kind kind, String by, LocalDate on) {
    return new CaseStep(kind, by, on, 0);
  }
}
