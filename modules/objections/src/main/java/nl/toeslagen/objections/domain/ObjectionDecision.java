package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.ValidationException;

/**
 * A (draft) decision on an objection with its reasoning. Create it with {@link #draft}, which
 * enforces:
 *
 * <ul>
 *   <li>a summary of reasons and at least one legal reference;
 *   <li>for GEGROND, ONGEGROND and GEDEELTELIJK_GEGROND: every ground answered exactly once, with
 *       reasons; GEGROND upholds all, ONGEGROND none, GEDEELTELIJK_GEGROND some but not all;
 *   <li>GEGROND and GEDEELTELIJK_GEGROND state what changes for the citizen (new amount or recovery
 *       dropped);
 *   <li>when the hearing was skipped, the decision carries that 7:3 reason (7:12) and its outcome
 *       fits it (a: NIET_ONTVANKELIJK, b: ONGEGROND, e: GEGROND);
 *   <li>INGETROKKEN is never drafted: withdrawal ends the case by itself.
 * </ul>
 */
public record ObjectionDecision(
    DecisionOutcome outcome,
    String reasons,
    List<GroundAnswer> answers,
    List<LegalReference> legalReferences,
    List<Ecli> caseLaw,
    CitizenEffect effect,
    HearingSkipReason hearingSkipReason,
    String preparedBy,
    LocalDate preparedOn) {

  public ObjectionDecision {
    answers = List.copyOf(answers);
    legalReferences = List.copyOf(legalReferences);
    caseLaw = List.copyOf(caseLaw);
  }

  /**
   * Validates and builds a draft.
   *
   * @param grounds the grounds of the objection, which the answers must cover
   * @param hearing the hearing record, or {@code null} when none is recorded
   */
  public static ObjectionDecision draft(
      List<String> grounds,
      Hearing hearing,
      DecisionOutcome outcome,
      String reasons,
      List<GroundAnswer> answers,
      List<LegalReference> legalReferences,
      List<Ecli> caseLaw,
      CitizenEffect effect,
      String preparedBy,
      LocalDate preparedOn) {
    Objects.requireNonNull(preparedBy, "preparedBy");
    Objects.requireNonNull(preparedOn, "preparedOn");
    if (outcome == null) {
      throw invalid(
          "outcome", "Kies de uitkomst van de beslissing.", "Choose the outcome of the decision.");
    }
    if (outcome == DecisionOutcome.INGETROKKEN) {
      throw invalid(
          "outcome",
          "Een ingetrokken bezwaar wordt via de intrekking afgesloten, niet met een beslissing.",
          "A withdrawn objection is closed through the withdrawal, not with a decision.");
    }
    if (reasons == null || reasons.isBlank()) {
      throw invalid(
          "reasons",
          "Geef de motivering van de beslissing.",
          "Give the reasoning of the decision.");
    }
    List<GroundAnswer> given = answers == null ? List.of() : answers;
    List<LegalReference> refs = legalReferences == null ? List.of() : legalReferences;
    if (refs.isEmpty()) {
      throw invalid(
          "legalReferences",
          "Noem ten minste één wettelijke grondslag.",
          "Name at least one legal reference.");
    }
    if (outcome != DecisionOutcome.NIET_ONTVANKELIJK) {
      checkAnswers(grounds, given, outcome);
    }
    CitizenEffect eff = effect == null ? CitizenEffect.none() : effect;
    if ((outcome == DecisionOutcome.GEGROND || outcome == DecisionOutcome.GEDEELTELIJK_GEGROND)
        && !eff.changesSomething()) {
      throw invalid(
          "effect",
          "Geef aan wat er voor de burger verandert (nieuw bedrag of vervallen terugvordering).",
          "State what changes for the citizen (new amount or recovery dropped).");
    }
    HearingSkipReason skip = hearing != null && hearing.skipped() ? hearing.skipReason() : null;
    if (hearing == null) {
      throw invalid(
          "hearing",
          "Leg eerst de hoorzitting of de reden om niet te horen vast (art. 7:2 en 7:3 Awb).",
          "Record the hearing or the reason for not hearing first (Awb 7:2, 7:3).");
    }
    if (!hearing.skipped() && !hearing.held()) {
      throw invalid(
          "hearing",
          "De hoorzitting is gepland maar het verslag ontbreekt nog.",
          "The hearing is scheduled but its report is missing.");
    }
    if (skip != null && skip.requiredOutcome() != null && skip.requiredOutcome() != outcome) {
      throw invalid(
          "outcome",
          "Niet horen op grond van art. 7:3 onder "
              + skip.letter()
              + " Awb past alleen bij de uitkomst "
              + skip.requiredOutcome()
              + ".",
          "Skipping the hearing under Awb 7:3 ("
              + skip.letter()
              + ") only fits the outcome "
              + skip.requiredOutcome()
              + ".");
    }
    return new ObjectionDecision(
        outcome,
        reasons.strip(),
        given,
        refs,
        caseLaw == null ? List.of() : caseLaw,
        eff,
        skip,
        preparedBy,
        preparedOn);
  }

  private static void checkAnswers(
      List<String> grounds, List<GroundAnswer> answers, DecisionOutcome outcome) {
    Set<String> seen = new HashSet<>();
    for (GroundAnswer a : answers) {
      if (a == null || a.ground() == null || !grounds.contains(a.ground())) {
        throw invalid(
            "answers",
            "Een antwoord hoort niet bij een grond van dit bezwaar.",
            "An answer does not belong to a ground of this objection.");
      }
      if (!seen.add(a.ground())) {
        throw invalid(
            "answers", "Een grond is twee keer beantwoord.", "A ground is answered twice.");
      }
      if (a.reasons() == null || a.reasons().isBlank()) {
        throw invalid(
            "answers",
            "Motiveer het antwoord op elke grond.",
            "Give reasons for the answer to every ground.");
      }
    }
    if (!seen.containsAll(grounds)) {
      throw invalid(
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
      throw invalid(
          "outcome",
          "De uitkomst past niet bij de antwoorden op de gronden.",
          "The outcome does not fit the answers to the grounds.");
    }
  }

  private static ValidationException invalid(String field, String nl, String en) {
    return new ValidationException(field, nl, en);
  }
}
