package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.riskselection.domain.Batch;
import nl.toeslagen.riskselection.domain.BatchCase;
import nl.toeslagen.riskselection.domain.CompleteBatchPolicy;
import nl.toeslagen.riskselection.domain.Explanation;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;
import nl.toeslagen.riskselection.domain.FiredIndicator;
import nl.toeslagen.riskselection.domain.Indicator;
import nl.toeslagen.riskselection.domain.MonitoredCase;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.workflow.api.DecisionTables;

/**
 * Scores a batch with a rule set's decision table (compiled once, evaluated by the DMN engine per
 * case, linear in the batch) and explains every score from the rules the engine reports matched.
 */
@ApplicationScoped
public class Scoring {

  @Inject DecisionTables tables;

  /**
   * The typed values the table reads, or a {@code CompleteBatchPolicy} refusal (400 naming the
   * field, audited under the rule set).
   */
  List<Map<String, Object>> typed(
      List<BatchCase> cases,
      RuleSet ruleSet,
      FeatureCatalogue catalogue,
      java.util.Set<String> benefits) {
    try {
      return Batch.typedFeatures(cases, ruleSet, catalogue, benefits);
    } catch (ValidationException e) {
      throw new CompleteBatchPolicy()
          .refusal(e)
          .violation()
          .as(PolicyViolationException.Kind.INVALID)
          .onField(e.field())
          .about(RuleSetId.OBJECT_TYPE, ruleSet.id().value());
    }
  }

  /** Every case's explanation, in batch order; {@code sample} marks the control sample. */
  List<Explanation> score(
      RuleSet ruleSet,
      List<BatchCase> cases,
      List<Map<String, Object>> typed,
      BitSet sample,
      FeatureCatalogue catalogue) {
    DecisionTables.Scorer scorer = tables.compile(ruleSet.dmnXml());
    List<Explanation> explanations = new ArrayList<>(typed.size());
    for (int i = 0; i < typed.size(); i++) {
      DecisionTables.Score score = scorer.score(typed.get(i));
      List<FiredIndicator> fired = new ArrayList<>();
      for (String ruleId : score.matchedRuleIds()) {
        Indicator indicator = ruleSet.indicator(ruleId).orElse(null);
        if (indicator != null) {
          fired.add(
              new FiredIndicator(
                  indicator.code(),
                  indicator.name(),
                  indicator.feature(),
                  indicator.comparison().labelNl() + " " + plain(indicator.value()),
                  plain(cases.get(i).features().get(indicator.feature())),
                  indicator.points()));
        }
      }
      explanations.add(
          new Explanation(
              ruleSet.id().value(),
              ruleSet.name(),
              ruleSet.version(),
              ruleSet.threshold(),
              score.total(),
              score.total() >= ruleSet.threshold(),
              sample.get(i),
              fired));
    }
    return explanations;
  }

  /** A value as a person reads it: yes/no in Dutch for a boolean, the text otherwise. */
  static String plain(String value) {
    if ("true".equals(value)) {
      return "ja";
    }
    return "false".equals(value) ? "nee" : value;
  }

  /**
   * The cases as the bias monitor sees them: selected or not, sampled or not, protected attributes.
   */
  static List<MonitoredCase> monitored(List<BatchCase> cases, List<Explanation> explanations) {
    List<MonitoredCase> monitored = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      monitored.add(
          new MonitoredCase(
              cases.get(i).caseRef(),
              explanations.get(i).selected(),
              explanations.get(i).controlSample(),
              cases.get(i).monitoring()));
    }
    return monitored;
  }
}
