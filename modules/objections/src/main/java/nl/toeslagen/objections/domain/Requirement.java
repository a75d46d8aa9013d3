package nl.toeslagen.objections.domain;

/** The requirements an objection must meet (Awb 6:5 lid 1); a missing one can be repaired (6:6). */
public enum Requirement {
  SIGNATURE("de handtekening", "the signature"),
  NAME_AND_ADDRESS("uw naam en adres", "name and address"),
  DATE("de datum van uw brief", "the date"),
  CONTESTED_DECISION("welk besluit u bestrijdt", "the contested decision"),
  GROUNDS("de redenen van uw bezwaar", "the grounds");

  private final String nl;
  private final String en;

  Requirement(String nl, String en) {
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
