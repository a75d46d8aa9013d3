package nl.toeslagen.riskselection.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.IndicatorInput;
import nl.toeslagen.riskselection.domain.Comparison;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;
import nl.toeslagen.riskselection.domain.FeatureType;
import nl.toeslagen.riskselection.domain.Indicator;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.riskselection.domain.SelectionFeature;
import nl.toeslagen.usecase.api.CaseKind;
import nl.toeslagen.workflow.api.DecisionTables;
import nl.toeslagen.workflow.api.ProcessVariables;

/** What the risk-selection handlers share: the case kind, the decision table, task-list values. */
final class RiskSelectionCase {

  private RiskSelectionCase() {}

  static CaseKind<RuleSetId, RuleSet> kind(RuleSetRepository ruleSets) {
    return new CaseKind<>(RuleSetId.OBJECT_TYPE, ruleSets, RuleSet::id);
  }

  /** The indicators as the domain holds them, numbered I1, I2, … in the request's order. */
  static List<Indicator> indicators(List<IndicatorInput> inputs) {
    List<Indicator> indicators = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      IndicatorInput in = inputs.get(i);
      indicators.add(
          new Indicator(
              "I" + (i + 1),
              in.name().strip(),
              in.feature(),
              Comparison.valueOf(in.comparison()),
              in.value().strip(),
              in.points()));
    }
    return indicators;
  }

  /**
   * The DMN decision table of the indicators: one column per feature they read (in order of first
   * use), one row per indicator. A feature missing from the catalogue still gets a column (as
   * text), so that the register refuses it by name from the table's inputs.
   */
  static DecisionTables.Table table(
      String name, int version, List<Indicator> indicators, FeatureCatalogue catalogue) {
    Map<String, DecisionTables.Input> inputs = new LinkedHashMap<>();
    List<DecisionTables.Rule> rules = new ArrayList<>();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      SelectionFeature feature = catalogue.find(indicator.feature()).orElse(null);
      FeatureType type = feature == null ? FeatureType.TEXT : feature.type();
      inputs.computeIfAbsent(
          indicator.feature(),
          code ->
              new DecisionTables.Input(
                  code, feature == null ? code : feature.labelNl(), type.typeRef()));
      String test;
      try {
        test = indicator.unaryTest(type, "indicators[" + i + "]");
      } catch (ValidationException e) {
        if (feature == null) {
          test = "-";
        } else {
          throw e;
        }
      }
      rules.add(
          new DecisionTables.Rule(
              indicator.code(),
              indicator.name(),
              Map.of(indicator.feature(), test),
              indicator.points()));
    }
    return new DecisionTables.Table(
        RuleSet.decisionKey(name, version), name, List.copyOf(inputs.values()), rules);
  }

  /** What the task list shows of a rule set's approval tasks. */
  static ProcessVariables taskListVariables(RuleSet ruleSet) {
    return ProcessVariables.of(
        RuleSetApprovalProcess.CASE_LABEL,
        "Selectieregels '" + ruleSet.name() + "' · versie " + ruleSet.version());
  }
}
