package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;

/** Why a decision deadline moved. */
public enum TermChangeKind {
  /** The one extension of six weeks (verdaging), Awb 7:10 lid 3. */
  EXTENSION("7:10"),
  /** Further postponement with the objector's consent, Awb 7:10 lid 4. */
  POSTPONEMENT_WITH_CONSENT("7:10"),
  /** Suspension while a repair request is open, Awb 7:10 lid 2. */
  SUSPENSION("7:10");

  private final String awbArticle;

  TermChangeKind(String awbArticle) {
    this.awbArticle = awbArticle;
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
