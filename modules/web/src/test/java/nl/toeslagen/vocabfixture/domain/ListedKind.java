package nl.toeslagen.vocabfixture.domain;

/** Fixture: an enum its context lists as a vocabulary, with a label missing. */
public enum ListedKind {
  LABELLED("Met label"),
  UNLABELLED(null);

  private final String labelNl;

  ListedKind(String labelNl) {
    this.labelNl = labelNl;
  }

  public String labelNl() {
    return labelNl;
  }
}
