package nl.toeslagen.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The reasoning behind a decision, kept for the inspectorate: the decision, each ground with its
 * answer, the facts used, the legal references, the case law, the rule or guidance versions
 * applied, who prepared it and who approved it.
 *
 * @param id assigned on {@link DecisionRecords#store(DecisionRecord)} when null
 * @param decisionType kind of decision, e.g. "OBJECTION_DECISION", "FRAUD_REVIEW"
 * @param decisionOutcome outcome, e.g. "GEGROND", "ONGEGROND", "NIET_ONTVANKELIJK"
 * @param objectType type of the case object, e.g. "OBJECTION"
 * @param objectId id of the case object
 * @param grounds each ground raised, with the answer and the reasons
 * @param facts the facts the decision relied on
 * @param legalReferences legal references, e.g. "BWBR0005537 art. 7:12"
 * @param caseLaw ECLIs of rulings relied on, e.g. "ECLI:NL:RVS:2021:2581"
 * @param versionsApplied versions of rules and guidance applied, e.g. "selection-rule R-07 v3"
 * @param preparer user name of the preparer
 * @param approver user name of the approver (second pair of eyes); null when none was required
 * @param recordedAt assigned on store when null
 */
public record DecisionRecord(
    String id,
    String decisionType,
    String decisionOutcome,
    String objectType,
    String objectId,
    List<Ground> grounds,
    List<Fact> facts,
    List<String> legalReferences,
    List<String> caseLaw,
    List<String> versionsApplied,
    String preparer,
    String approver,
    Instant recordedAt) {

  public DecisionRecord {
    grounds = grounds == null ? List.of() : List.copyOf(grounds);
    facts = facts == null ? List.of() : List.copyOf(facts);
    legalReferences = legalReferences == null ? List.of() : List.copyOf(legalReferences);
    caseLaw = caseLaw == null ? List.of() : List.copyOf(caseLaw);
    versionsApplied = versionsApplied == null ? List.of() : List.copyOf(versionsApplied);
  }

  /**
   * A ground (grief) raised or examined, and how it was answered.
   *
   * @param ground the ground, e.g. "Inkomen te hoog vastgesteld"
   * @param answer the answer, e.g. "GEGROND" / "ONGEGROND" or a short sentence
   * @param reasons why
   */
  public record Ground(String ground, String answer, String reasons) {
    public Ground {
      Objects.requireNonNull(ground, "ground");
    }
  }

  /**
   * A fact used.
   *
   * @param name e.g. "toetsingsinkomen 2023"
   * @param value e.g. "€ 31.250,00"
   * @param source nullable, where the fact came from, e.g. "Belastingdienst IB-aanslag"
   */
  public record Fact(String name, String value, String source) {
    public Fact {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Same record with the id and recording time set. */
  public DecisionRecord withIdAndTime(String newId, Instant time) {
    return new DecisionRecord(
        newId,
        decisionType,
        decisionOutcome,
        objectType,
        objectId,
        grounds,
        facts,
        legalReferences,
        caseLaw,
        versionsApplied,
        preparer,
        approver,
        time);
  }
}
