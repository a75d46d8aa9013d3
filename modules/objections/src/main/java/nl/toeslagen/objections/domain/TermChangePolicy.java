package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "TermChangePolicy" (Awb 7:10 lid 3 and 4): the decision term may be extended once by
 * six weeks, and further postponed only with the objector's consent to a date after the current
 * deadline; neither can be recorded once the deadline has passed. A second extension or a change
 * after the deadline is a conflict (409); a postponement to a date not after the deadline is
 * invalid input on {@code newDeadline} (400).
 */
@PolicyRule(
    name = "TermChangePolicy",
    guardsNl =
        "De beslistermijn wordt hooguit één keer verdaagd en daarna alleen met instemming verder"
            + " uitgesteld, steeds vóór het verstrijken van de termijn.",
    guardsEn =
        "The decision term is extended at most once and then postponed further only with consent,"
            + " always before the term has ended.",
    legalBasis = "Awb art. 7:10 lid 3 en 4",
    appliesTo = {"Beslistermijn verdagen", "Beslistermijn uitstellen met instemming"})
public final class TermChangePolicy {

  public static final String NAME = "TermChangePolicy";

  /** May the term be extended (once, before the deadline)? */
  public PolicyDecision mayExtend(DecisionTerm term, LocalDate recordedOn) {
    if (term.extended()) {
      return PolicyDecision.refuse(
          NAME,
          "De beslistermijn is al eens verdaagd; verder uitstel kan alleen met instemming van de"
              + " indiener (art. 7:10 lid 4 Awb).",
          "The decision term has already been extended once; further postponement needs the"
              + " objector's consent (Awb 7:10 lid 4).",
          Laws.awb("7:10"));
    }
    return beforeDeadline(term, recordedOn, "verdaging", "extension");
  }

  /** May the term be postponed with consent on {@code recordedOn} (before the deadline)? */
  public PolicyDecision mayPostpone(DecisionTerm term, LocalDate recordedOn) {
    return beforeDeadline(term, recordedOn, "uitstel", "postponement");
  }

  /** Is the agreed new end after the current deadline? */
  public PolicyDecision agreedEnd(DecisionTerm term, LocalDate agreedEnd) {
    if (agreedEnd == null || !agreedEnd.isAfter(term.deadline())) {
      return PolicyDecision.refuse(
          NAME,
          "De nieuwe beslisdatum moet na de huidige uiterste beslisdatum "
              + term.deadline()
              + " liggen.",
          "The new decision date must be after the current deadline " + term.deadline() + ".",
          Laws.awb("7:10"));
    }
    return PolicyDecision.allow(
        NAME,
        "Nieuwe beslisdatum " + agreedEnd + " ligt na " + term.deadline() + ".",
        "New decision date " + agreedEnd + " is after " + term.deadline() + ".",
        Laws.awb("7:10"));
  }

  private static PolicyDecision beforeDeadline(
      DecisionTerm term, LocalDate recordedOn, String nl, String en) {
    if (recordedOn.isAfter(term.deadline())) {
      return PolicyDecision.refuse(
          NAME,
          "De beslistermijn is op "
              + term.deadline()
              + " verstreken; "
              + nl
              + " kan niet meer worden vastgelegd.",
          "The decision term ended on "
              + term.deadline()
              + "; the "
              + en
              + " can no longer be recorded.",
          Laws.awb("7:10"));
    }
    return PolicyDecision.allow(
        NAME,
        "De " + nl + " wordt vastgelegd vóór de uiterste beslisdatum " + term.deadline() + ".",
        "The " + en + " is recorded before the decision deadline " + term.deadline() + ".",
        Laws.awb("7:10"));
  }
}
