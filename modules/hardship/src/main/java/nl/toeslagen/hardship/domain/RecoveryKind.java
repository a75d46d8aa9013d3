package nl.toeslagen.hardship.domain;

import java.util.Locale;
import nl.toeslagen.kernel.ValidationException;

/**
 * What the recovery (terugvordering) follows from: the final award of a calculation year, or a
 * revision of the advance of the running year. Only a recovery after a final award can fall under
 * the efficiency threshold (Awir art. 26a) and needs the citizen's view first when it is large.
 */
public enum RecoveryKind {
  DEFINITIEVE_TOEKENNING("definitieve berekening (toekenning)", "final award"),
  VOORSCHOT("herziening van het voorschot", "revision of the advance");

  private final String labelNl;
  private final String labelEn;

  RecoveryKind(String labelNl, String labelEn) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
  }

  /** The kind in plain Dutch. */
  public String labelNl() {
    return labelNl;
  }

  /** The kind in English. */
  public String labelEn() {
    return labelEn;
  }

  /**
   * The kind by its code, e.g. {@code "VOORSCHOT"} (case and surrounding spaces ignored).
   *
   * @throws ValidationException naming {@code kind} for anything else, blank or null
   */
  public static RecoveryKind ofCode(String code) {
    if (code != null && !code.isBlank()) {
      String name = code.strip().toUpperCase(Locale.ROOT);
      for (RecoveryKind k : values()) {
        if (k.name().equals(name)) {
          return k;
        }
      }
    }
    throw new ValidationException(
        "kind",
        "Kies de soort terugvordering: DEFINITIEVE_TOEKENNING of VOORSCHOT.",
        "Choose the kind of recovery: DEFINITIEVE_TOEKENNING or VOORSCHOT.");
  }
}
