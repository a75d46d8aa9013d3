package nl.toeslagen.riskselection.domain;

/** The type of a feature's values, as a rule compares them and a batch must send them. */
public enum FeatureType {
  NUMBER("Getal", "Number", "integer"),
  BOOLEAN("Ja/nee", "Yes/no", "boolean"),
  TEXT("Tekst", "Text", "string");

  private final String labelNl;
  private final String labelEn;
  private final String typeRef;

  FeatureType(String labelNl, String labelEn, String typeRef) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
    this.typeRef = typeRef;
  }

  public String labelNl() {
    return labelNl;
  }

  public String labelEn() {
    return labelEn;
  }

  /** The DMN type reference of a column reading this feature. */
  public String typeRef() {
    return typeRef;
  }

  /**
   * The value as the decision table reads it, or null when the text is no value of this type. A
   * number is a whole number of at most 12 digits (amounts in euros, percentages, hours, counts).
   */
  public Object parse(String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    return switch (this) {
      case NUMBER -> value.matches("-?\\d{1,12}") ? Long.valueOf(value) : null;
      case BOOLEAN ->
          value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : null;
      case TEXT -> value.isEmpty() || value.length() > 100 ? null : value;
    };
  }
}
