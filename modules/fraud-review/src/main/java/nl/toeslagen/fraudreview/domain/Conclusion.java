package nl.toeslagen.fraudreview.domain;

/** What a determination concludes; each conclusion belongs to exactly one phase. */
public enum Conclusion {
  RELEVANT(Phase.RELEVANTIE),
  NIET_RELEVANT(Phase.RELEVANTIE),
  /** The award was right. */
  TOEKENNING_JUIST(Phase.RECHTMATIGHEID),
  /** The award was wrong. */
  TOEKENNING_ONJUIST(Phase.RECHTMATIGHEID),
  OPZET(Phase.OPZET_GROVE_SCHULD),
  GROVE_SCHULD(Phase.OPZET_GROVE_SCHULD),
  /** Wrong, but neither intentional nor grossly negligent. */
  GEEN_OPZET_OF_GROVE_SCHULD(Phase.OPZET_GROVE_SCHULD),
  /** Outcome: nothing wrong; closed, nothing kept against the citizen. */
  GEEN_ONJUISTHEID(Phase.UITKOMST),
  /** Outcome: an honest mistake; correction and help, never a fine. */
  ONBEWUSTE_FOUT(Phase.UITKOMST),
  /** Outcome: intent or gross negligence established; a fine proposal (Awir art. 41). */
  OPZET_OF_GROVE_SCHULD(Phase.UITKOMST);

  private final Phase phase;

  Conclusion(Phase phase) {
    this.phase = phase;
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
