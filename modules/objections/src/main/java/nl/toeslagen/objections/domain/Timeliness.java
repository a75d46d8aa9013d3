package nl.toeslagen.objections.domain;

/** Whether the objection was lodged within the objection term. */
public enum Timeliness {
  /**
   * Received on or before the last day of the term (Awb 6:7, Awir art. 35, Algemene termijnenwet).
   */
  IN_TIME,
  /** Posted within the term and received at most one week after it (Awb 6:9 lid 2). */
  POSTED_IN_TIME,
  /** Late; not (yet) excused. */
  LATE,
  /** Late, but the lateness is excusable (Awb 6:11) for a recorded reason. */
  LATE_EXCUSED;

  /** Whether the objection counts as lodged in time (late but excused counts). */
  public boolean acceptable() {
    return this != LATE;
  }
}
