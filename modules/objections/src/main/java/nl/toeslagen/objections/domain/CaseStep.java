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
    INTAKE("Bezwaar ontvangen", "Objection received"),
    LATENESS_EXCUSED("Te laat, maar verschoonbaar", "Lateness excused"),
    ADMISSIBILITY("Ontvankelijkheid beoordeeld", "Admissibility assessed"),
    REPAIR_ENDED("Herstel afgerond", "Repair ended"),
    CONTACT("Bezwaarmaker gebeld", "Objector called"),
    HEARING_SCHEDULED("Hoorzitting gepland", "Hearing scheduled"),
    HEARING_SKIPPED("Afgezien van horen", "Hearing skipped"),
    HEARING_REPORT("Hoorverslag vastgelegd", "Hearing report recorded"),
    DRAFT("Beslissing opgesteld", "Decision drafted"),
    REVIEW("Beslissing beoordeeld", "Decision reviewed"),
    TERM_EXTENDED("Beslistermijn verdaagd", "Term extended"),
    TERM_POSTPONED("Beslistermijn uitgesteld", "Term postponed"),
    NOTICE_OF_DEFAULT("Ingebrekestelling ontvangen", "Notice of default received"),
    WITHDRAWAL("Bezwaar ingetrokken", "Objection withdrawn"),
    GROUND_ADDED("Grond toegevoegd", "Ground added");

    private final String labelNl;
    private final String labelEn;

    Kind(String labelNl, String labelEn) {
      this.labelNl = labelNl;
      this.labelEn = labelEn;
    }

    /** The label in plain Dutch, for the UI ({@code GET /api/labels}). */
    public String labelNl() {
      return labelNl;
    }

    /** The label in English. */
    public String labelEn() {
      return labelEn;
    }

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
