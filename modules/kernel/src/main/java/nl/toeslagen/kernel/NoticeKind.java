package nl.toeslagen.kernel;

/**
 * What a notice tells its recipient. The Dutch labels are served at {@code GET /api/labels}
 * (vocabulary {@code noticeKinds} of the web context).
 */
public enum NoticeKind {
  /** A manager assigned a task to the recipient (not sent when someone claims a task). */
  TASK_ASSIGNED("Taak aan u toegewezen", "Task assigned to you"),
  /** A draft decision or a determination waits for a second person (four eyes). */
  REVIEW_REQUESTED("Beoordeling gevraagd", "Review requested"),
  /** The reviewer sent the recipient's draft back, with remarks. */
  DRAFT_RETURNED("Teruggestuurd ter verbetering", "Returned for revision"),
  /** The deadline watch: ten working days before the decision deadline. */
  DEADLINE_REMINDER("Herinnering beslistermijn", "Deadline reminder"),
  /** The deadline watch: five working days before the decision deadline, to the team manager. */
  DEADLINE_ESCALATION("Escalatie beslistermijn", "Deadline escalation"),
  /** The deadline watch: the decision deadline has passed while the case is open. */
  DEADLINE_PASSED("Beslistermijn verstreken", "Deadline passed"),
  /** A signal category crossed its threshold: an escalation waits for management's follow-up. */
  SIGNAL_ESCALATION("Signalen boven de drempel", "Signals above the threshold");

  private final String labelNl;
  private final String labelEn;

  NoticeKind(String labelNl, String labelEn) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
  }

  /** The label in plain Dutch. */
  public String labelNl() {
    return labelNl;
  }

  /** The label in English. */
  public String labelEn() {
    return labelEn;
  }
}
