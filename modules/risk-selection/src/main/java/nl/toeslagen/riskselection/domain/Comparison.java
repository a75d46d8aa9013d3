package nl.toeslagen.riskselection.domain;

/** How an indicator compares a feature's value with its own value. */
public enum Comparison {
  EQ("is gelijk aan", "="),
  NE("is niet gelijk aan", "≠"),
  LT("is kleiner dan", "<"),
  LE("is ten hoogste", "≤"),
  GT("is groter dan", ">"),
  GE("is ten minste", "≥");

  private final String labelNl;
  private final String symbol;

  Comparison(String labelNl, String symbol) {
    this.labelNl = labelNl;
    this.symbol = symbol;
  }

  public String labelNl() {
    return labelNl;
  }

  public String symbol() {
    return symbol;
  }

  /** Whether it orders values (only numbers are ordered). */
  public boolean ordering() {
    return this != EQ && this != NE;
  }
}
