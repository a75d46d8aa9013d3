package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.ValidationException;

/**
 * A (draft) decision on an objection with its reasoning. Create it with {@link #draft}, which
 * enforces (the legal rules through {@link DecisionReasoningPolicy} and {@link
 * HearingBeforeDecisionPolicy}):
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
    List<GroundAnswer> given = answers == null ? List.of() : answers;
    List<LegalReference> refs = legalReferences == null ? List.of() : legalReferences;
    CitizenEffect eff = effect == null ? CitizenEffect.none() : effect;
    new DecisionReasoningPolicy().evaluate(grounds, outcome, reasons, given, refs, eff).enforce();
    new HearingBeforeDecisionPolicy().evaluate(hearing, outcome).enforce();
    HearingSkipReason skip = hearing.skipped() ? hearing.skipReason() : null;
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

  private static ValidationException invalid(String field, String nl, String en) {
    return new ValidationException(field, nl, en);
  }
}
