package nl.toeslagen.kernel;

/** BWB ids of the regulations the system refers to, and shorthands for article references. */
public final class Laws {

  /** Algemene wet inkomensafhankelijke regelingen (Awir). */
  public static final String AWIR = "BWBR0018472";

  /** Algemene wet bestuursrecht (Awb). */
  public static final String AWB = "BWBR0005537";

  /** Algemene termijnenwet (Atw). */
  public static final String ALGEMENE_TERMIJNENWET = "BWBR0002448";

  /** Wet op de zorgtoeslag. */
  public static final String WET_OP_DE_ZORGTOESLAG = "BWBR0018451";

  /** Wet op de huurtoeslag. */
  public static final String WET_OP_DE_HUURTOESLAG = "BWBR0008659";

  /** Wet kinderopvang. */
  public static final String WET_KINDEROPVANG = "BWBR0017017";

  /** Wet op het kindgebonden budget. */
  public static final String WET_OP_HET_KINDGEBONDEN_BUDGET = "BWBR0022751";

  /** Uitvoeringswet Algemene verordening gegevensbescherming (UAVG). */
  public static final String UAVG = "BWBR0040940";

  private Laws() {}

  /** An article of the Awb, e.g. {@code awb("7:10")}. */
  public static LegalReference awb(String article) {
    return LegalReference.of(AWB, article);
  }

  /** An article of the Awir, e.g. {@code awir("26a")}. */
  public static LegalReference awir(String article) {
    return LegalReference.of(AWIR, article);
  }

  /** An article of the Algemene termijnenwet, e.g. {@code termijnenwet("1")}. */
  public static LegalReference termijnenwet(String article) {
    return LegalReference.of(ALGEMENE_TERMIJNENWET, article);
  }
}
