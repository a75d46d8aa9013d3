package nl.toeslagen.objections.domain;

/** Whether the objection was lodged within the objection term. */
public enum Timeliness {
  /**
   * Received on or before the last day of the term (Awb 6:7, Awir art. 35, Algemene termijnenwet).
   */
  IN_TIME("Op tijd", "In time"),
  /** Posted within the term and received at most one week after it (Awb 6:9 lid 2). */
  POSTED_IN_TIME("Op tijd op de post gedaan", "Posted in time"),
  /** Late; not (yet) excused. */
  LATE("Te laat", "Late"),
  /** Late, but the lateness is excusable (Awb 6:11) for a recorded reason. */
  LATE_EXCUSED("Te laat, maar verschoonbaar", "Late, excused");

  private final String labelNl;
  private final String labelEn;

  Timeliness(String labelNl, String labelEn) {
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

  /** Whether the objection counts as lodged in time (late but excused counts). */
  public boolean acceptable() {
    return this != LATE;
  }
}
