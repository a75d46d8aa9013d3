package nl.toeslagen.objections.domain;

/** How a ground added after intake reached the agency (Awb 6:6, 7:2). */
public enum GroundSource {
  /** Sent in answer to a repair request (Awb 6:6). */
  AFTER_REPAIR("na ons verzoek om herstel", "after the repair request"),
  /** Raised at the hearing (Awb 7:2). */
  HEARING("tijdens de hoorzitting", "at the hearing"),
  /** Sent in writing before the decision. */
  WRITTEN("in een brief of bericht", "in writing");

  private final String nl;
  private final String en;

  GroundSource(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  /** How the source reads in a Dutch sentence ("... na ons verzoek om herstel"). */
  public String nl() {
    return nl;
  }

  public String en() {
    return en;
  }
}
