package nl.toeslagen.fraudreview.domain;

/** What a determination concludes; each conclusion belongs to exactly one phase. */
public enum Conclusion {
  RELEVANT("Relevant", "Relevant", Phase.RELEVANTIE),
  NIET_RELEVANT("Niet relevant", "Not relevant", Phase.RELEVANTIE),
  /** The award was right. */
  TOEKENNING_JUIST("Toekenning juist", "Award correct", Phase.RECHTMATIGHEID),
  /** The award was wrong. */
  TOEKENNING_ONJUIST("Toekenning onjuist", "Award incorrect", Phase.RECHTMATIGHEID),
  OPZET("Opzet", "Intent", Phase.OPZET_GROVE_SCHULD),
  GROVE_SCHULD("Grove schuld", "Gross negligence", Phase.OPZET_GROVE_SCHULD),
  /** Wrong, but neither intentional nor grossly negligent. */
  GEEN_OPZET_OF_GROVE_SCHULD(
      "Geen opzet of grove schuld", "No intent or gross negligence", Phase.OPZET_GROVE_SCHULD),
  /** Outcome: nothing wrong; closed, nothing kept against the citizen. */
  GEEN_ONJUISTHEID("Geen onjuistheid", "No inaccuracy", Phase.UITKOMST),
  /** Outcome: an honest mistake; correction and help, never a fine. */
  ONBEWUSTE_FOUT("Onbewuste fout", "Honest mistake", Phase.UITKOMST),
  /** Outcome: intent or gross negligence established; a fine proposal (Awir art. 41). */
  OPZET_OF_GROVE_SCHULD("Opzet of grove schuld", "Intent or gross negligence", Phase.UITKOMST);

  private final String labelNl;
  private final String labelEn;
  private final Phase phase;

  Conclusion(String labelNl, String labelEn, Phase phase) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
    this.phase = phase;
  }

  /** The label in plain Dutch, for the UI ({@code GET /api/labels}). */
  public String labelNl() {
    return labelNl;
  }

  /** The label in English. */
  public String labelEn() {
    return labelEn;
  }

  public Phase phase() {
    return phase;
  }

  /**
   * True when this conclusion qualifies the citizen's conduct as intentional or grossly negligent.
   */
  public boolean qualifiesAsCulpable() {
    return this == OPZET || this == GROVE_SCHULD || this == OPZET_OF_GROVE_SCHULD;
  }

  /** True when approving this conclusion closes the signal. */
  public boolean closesSignal() {
    return this == NIET_RELEVANT || phase == Phase.UITKOMST;
  }

  /** The phase that follows once this conclusion is approved. */
  public Phase nextPhase() {
    return switch (this) {
      case RELEVANT -> Phase.RECHTMATIGHEID;
      case TOEKENNING_ONJUIST -> Phase.OPZET_GROVE_SCHULD;
      case TOEKENNING_JUIST, OPZET, GROVE_SCHULD, GEEN_OPZET_OF_GROVE_SCHULD -> Phase.UITKOMST;
      case NIET_RELEVANT, GEEN_ONJUISTHEID, ONBEWUSTE_FOUT, OPZET_OF_GROVE_SCHULD ->
          Phase.AFGESLOTEN;
    };
  }
}
