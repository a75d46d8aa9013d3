package nl.toeslagen.caselaw.domain;

import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * When a category goes to management: its signals dated within its window (the last {@code
 * windowDays} days up to and including today) reach its threshold, both kept as data. One open
 * escalation per category: while one is open, a new signal joins it instead of opening another, so
 * management gets one task per problem with every case behind it.
 */
@PolicyRule(
    name = "SignalThresholdPolicy",
    guardsNl =
        "Bereiken de signalen van een categorie binnen haar termijn haar drempel (beide als data"
            + " vastgelegd), dan gaat de categorie als escalatie naar het management; zolang die"
            + " open is, sluiten nieuwe signalen erbij aan in plaats van een tweede te openen.",
    guardsEn =
        "When a category's signals within its window reach its threshold (both kept as data), the"
            + " category is escalated to management; while that escalation is open, new signals join"
            + " it instead of opening a second one.",
    legalBasis =
        "Eigen norm signaalmanagement: signalen van mogelijke misstanden mogen niet blijven hangen"
            + " op operationeel niveau maar moeten het (top)management, de beleidsdirecties en de"
            + " politiek bereiken (Overzicht en toelichting specifieke maatregelen Toeslagen en"
            + " Belastingdienst)",
    appliesTo = {"Signaal registreren", "Signaal vastleggen vanuit een zaak", "Escaleren"})
public final class SignalThresholdPolicy {

  public static final String NAME = "SignalThresholdPolicy";

  /** What a new signal does to its category. */
  public enum Action {
    /** The category has an open escalation: the signal joins it. */
    JOIN,
    /** The threshold is reached and none is open: an escalation opens. */
    OPEN,
    /** Below the threshold: the signal is counted, nothing more. */
    NONE
  }

  /** The action with the decision's reasons (allowed = the category goes to management). */
  public record Verdict(Action action, PolicyDecision decision) {}

  /**
   * @param category the category with its threshold and window
   * @param signalsInWindow the category's signals dated within its window, the new one included
   * @param openEscalation whether the category has an open escalation
   */
  public Verdict evaluate(
      SignalCategories.Category category, long signalsInWindow, boolean openEscalation) {
    String counted =
        signalsInWindow
            + " signalen in "
            + category.windowDays()
            + " dagen, drempel "
            + category.threshold();
    String countedEn =
        signalsInWindow
            + " signals in "
            + category.windowDays()
            + " days, threshold "
            + category.threshold();
    if (openEscalation) {
      return new Verdict(
          Action.JOIN,
          PolicyDecision.allow(
              NAME,
              "Categorie " + category.labelNl() + " is al geëscaleerd; het signaal sluit aan.",
              "Category " + category.labelEn() + " is already escalated; the signal joins it."));
    }
    if (signalsInWindow >= category.threshold()) {
      return new Verdict(
          Action.OPEN,
          PolicyDecision.allow(
              NAME,
              "Drempel bereikt voor "
                  + category.labelNl()
                  + ": "
                  + counted
                  + "; naar de teamleider.",
              "Threshold reached for "
                  + category.labelEn()
                  + ": "
                  + countedEn
                  + "; to the team leader."));
    }
    return new Verdict(
        Action.NONE,
        PolicyDecision.refuse(
            NAME,
            "Onder de drempel voor " + category.labelNl() + ": " + counted + ".",
            "Below the threshold for " + category.labelEn() + ": " + countedEn + "."));
  }
}
