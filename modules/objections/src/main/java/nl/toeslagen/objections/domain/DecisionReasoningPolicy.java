package nl.toeslagen.objections.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "DecisionReasoningPolicy" (Awb 7:11, 7:12 lid 1): a decision on objection
 * reconsiders the contested decision on the grounds raised and is reasoned. So a draft carries
 * reasons and at least one legal basis; every ground of the objection is answered exactly once,
 * with reasons; the outcome fits the answers (GEGROND upholds all, ONGEGROND none,
 * GEDEELTELIJK_GEGROND some but not all); and a (partly) upheld objection states what changes for
 * the citizen. A refusal is invalid input (400) on the field concerned.
 */
@PolicyRule(
    name = "DecisionReasoningPolicy",
    guardsNl =
        "Een beslissing op bezwaar is gemotiveerd: met grondslag, een gemotiveerd antwoord op elke"
            + " grond, een uitkomst die bij de antwoorden past en, bij (gedeeltelijk) gegrond, wat er"
            + " voor de burger verandert.",
    guardsEn =
        "A decision on objection is reasoned: with a legal basis, a reasoned answer to every"
            + " ground, an outcome that fits the answers and, when (partly) upheld, what changes for"
            + " the citizen.",
    legalBasis = "Awb art. 7:11 en 7:12 lid 1",
    appliesTo = {"Beslissing op bezwaar opstellen"})
public final class DecisionReasoningPolicy {

  public static final String NAME = "DecisionReasoningPolicy";

  private static final LegalReference BASIS = Laws.awb("7:12");

  public RuleVerdict evaluate(
      List<String> grounds,
      DecisionOutcome outcome,
      String reasons,
      List<GroundAnswer> answers,
      List<LegalReference> legalReferences,
      CitizenEffect effect) {
    if (reasons == null || reasons.isBlank()) {
      return refuse(
          "reasons",
          "Geef de motivering van de beslissing.",
          "Give the reasoning of the decision.");
    }
    if (legalReferences == null || legalReferences.isEmpty()) {
      return refuse(
          "legalReferences",
          "Noem ten minste één wettelijke grondslag.",
          "Name at least one legal reference.");
    }
    if (outcome != DecisionOutcome.NIET_ONTVANKELIJK) {
      RuleVerdict answered = answers(grounds, answers == null ? List.of() : answers, outcome);
      if (answered.decision().refused()) {
        return answered;
      }
    }
    if ((outcome == DecisionOutcome.GEGROND || outcome == DecisionOutcome.GEDEELTELIJK_GEGROND)
        && (effect == null || !effect.changesSomething())) {
      return refuse(
          "effect",
          "Geef aan wat er voor de burger verandert (nieuw bedrag of vervallen terugvordering).",
          "State what changes for the citizen (new amount or recovery dropped).");
    }
    return RuleVerdict.allowed(
        PolicyDecision.allow(
            NAME,
            "De beslissing is gemotiveerd en beantwoordt elke grond.",
            "The decision is reasoned and answers every ground.",
            BASIS));
  }

  private static RuleVerdict answers(
      List<String> grounds, List<GroundAnswer> answers, DecisionOutcome outcome) {
    Set<String> seen = new HashSet<>();
    for (GroundAnswer a : answers) {
      if (a == null || a.ground() == null || !grounds.contains(a.ground())) {
        return refuse(
            "answers",
            "Een antwoord hoort niet bij een grond van dit bezwaar.",
            "An answer does not belong to a ground of this objection.");
      }
      if (!seen.add(a.ground())) {
        return refuse(
            "answers", "Een grond is twee keer beantwoord.", "A ground is answered twice.");
      }
      if (a.reasons() == null || a.reasons().isBlank()) {
        return refuse(
            "answers",
            "Motiveer het antwoord op elke grond.",
            "Give reasons for the answer to every ground.");
      }
    }
    if (!seen.containsAll(grounds)) {
      return refuse(
          "answers",
          "Beantwoord elke grond van het bezwaar.",
          "Answer every ground of the objection.");
    }
    long upheld = answers.stream().filter(GroundAnswer::upheld).count();
    boolean fits =
        switch (outcome) {
          case GEGROND -> upheld == answers.size();
          case ONGEGROND -> upheld == 0;
          case GEDEELTELIJK_GEGROND -> upheld > 0 && upheld < answers.size();
          default -> true;
        };
    if (!fits) {
      return refuse(
          "outcome",
          "De uitkomst past niet bij de antwoorden op de gronden.",
          "The outcome does not fit the answers to the grounds.");
    }
    return RuleVerdict.allowed(
        PolicyDecision.allow(NAME, "Elke grond beantwoord.", "Every ground answered.", BASIS));
  }

  private static RuleVerdict refuse(String field, String nl, String en) {
    return RuleVerdict.refused(PolicyDecision.refuse(NAME, nl, en, BASIS), field);
  }
}
