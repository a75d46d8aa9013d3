package nl.toeslagen.hardship.domain;

/** A law that bites: what a request that cannot be granted shows policy makers (DOMAIN.md). */
public enum PolicySignalCategory {
  ONBEDOELD_PARTNERSCHAP("Onbedoeld toeslagpartnerschap", "Unintended benefit partnership"),
  VERMOGENSGRENS("Vermogensgrens", "Asset limit"),
  KOPPELING_GEWERKTE_UREN("Koppeling aan gewerkte uren", "Coupling to hours worked"),
  OVERIG("Andere wettelijke regel", "Another statutory rule");

  private final String labelNl;
  private final String labelEn;

  PolicySignalCategory(String labelNl, String labelEn) {
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
}
