package nl.toeslagen.objections.domain;

/** Where an objection is in its handling. */
public enum Stage {
  ADMISSIBILITY("Ontvankelijkheid", "Admissibility"),
  AWAITING_REPAIR("Wacht op herstel", "Awaiting repair"),
  CONTACT("Contact met de bezwaarmaker", "Contact with the objector"),
  HEARING("Horen", "Hearing"),
  DRAFTING("Beslissing opstellen", "Drafting the decision"),
  REVIEW("Beoordeling (vier ogen)", "Review (four eyes)"),
  SENDING("Versturen", "Sending"),
  DECIDED("Beslist", "Decided"),
  WITHDRAWN("Ingetrokken", "Withdrawn");

  private final String labelNl;
  private final String labelEn;

  Stage(String labelNl, String labelEn) {
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

  public boolean closed() {
    return this == DECIDED || this == WITHDRAWN;
  }
}
