package nl.toeslagen.fraudreview.domain;

/**
 * The phases of a fraud review, in order. {@link #AFGESLOTEN} is the end, not a phase to determine.
 */
public enum Phase {
  /** Relevance and priority of the signal. */
  RELEVANTIE("relevantie en prioriteit", "relevance and priority"),
  /** Legality investigation (rechtmatigheidsonderzoek): is the award right? */
  RECHTMATIGHEID("rechtmatigheidsonderzoek", "legality investigation"),
  /** Intent or gross negligence; only when the award was wrong. */
  OPZET_GROVE_SCHULD("opzet of grove schuld", "intent or gross negligence"),
  /** The outcome of the review. */
  UITKOMST("uitkomst", "outcome"),
  /** Closed: nothing more to determine. */
  AFGESLOTEN("afgesloten", "closed");

  private final String nl;
  private final String en;

  Phase(String nl, String en) {
    this.nl = nl;
    this.en = en;
  }

  public String nl() {
    return nl;
  }

  public String en() {
    return en;
  }
}
