package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;

/** Why a decision deadline moved. */
public enum TermChangeKind {
  /** The one extension of six weeks (verdaging), Awb 7:10 lid 3. */
  EXTENSION("Verdaging", "Extension", "7:10"),
  /** Further postponement with the objector's consent, Awb 7:10 lid 4. */
  POSTPONEMENT_WITH_CONSENT("Uitstel met instemming", "Postponement with consent", "7:10"),
  /** Suspension while a repair request is open, Awb 7:10 lid 2. */
  SUSPENSION("Opschorting", "Suspension", "7:10");

  private final String labelNl;
  private final String labelEn;
  private final String awbArticle;

  TermChangeKind(String labelNl, String labelEn, String awbArticle) {
    this.labelNl = labelNl;
    this.labelEn = labelEn;
    this.awbArticle = awbArticle;
  }

  /** The label in plain Dutch, for the UI ({@code GET /api/labels}). */
  public String labelNl() {
    return labelNl;
  }

  /** The label in English. */
  public String labelEn() {
    return labelEn;
  }

  public LegalReference basis() {
    return Laws.awb(awbArticle);
  }

  /** The paragraph (lid) of Awb 7:10 for texts: "lid 3" etc. */
  public String paragraph() {
    return switch (this) {
      case EXTENSION -> "7:10 lid 3";
      case POSTPONEMENT_WITH_CONSENT -> "7:10 lid 4";
      case SUSPENSION -> "7:10 lid 2";
    };
  }
}
