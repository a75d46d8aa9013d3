package nl.toeslagen.workflow.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toeslagen.workflow.api.DecisionTables;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.BuiltinAggregator;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Text;

/**
 * {@link DecisionTables} on Camunda's DMN model API (building and reading) and its DMN engine
 * (evaluating, FEEL). Which rules matched is reported by the engine itself, through a decision
 * table evaluation listener — the same hook the engine's decision history uses — so the explanation
 * of a score is the engine's, not a second evaluation.
 */
@ApplicationScoped
public class CamundaDecisionTables implements DecisionTables {

  static final String NAMESPACE = "https://toeslagen.nl/dmn/selectie";
  static final String OUTPUT = "points";

  /** The evaluation on this thread: the listener hands the matched rules to the caller. */
  private static final ThreadLocal<DmnDecisionTableEvaluationEvent> LAST = new ThreadLocal<>();

  private final DmnEngine engine;

  public CamundaDecisionTables() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration)
            DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    DmnDecisionTableEvaluationListener listener = LAST::set;
    configuration.customPostDecisionTableEvaluationListeners(List.of(listener));
    engine = configuration.buildEngine();
  }

  @Override
  public String collectSum(Table table) {
    DmnModelInstance model = Dmn.createEmptyModel();
    Definitions definitions = model.newInstance(Definitions.class);
    definitions.setId("Definitions_" + table.decisionKey());
    definitions.setName(table.name());
    definitions.setNamespace(NAMESPACE);
    model.setDefinitions(definitions);

    Decision decision = model.newInstance(Decision.class);
    decision.setId(table.decisionKey());
    decision.setName(table.name());
    definitions.addChildElement(decision);

    DecisionTable decisionTable = model.newInstance(DecisionTable.class);
    decisionTable.setId("DecisionTable_" + table.decisionKey());
    decisionTable.setHitPolicy(HitPolicy.COLLECT);
    decisionTable.setAggregation(BuiltinAggregator.SUM);
    decision.addChildElement(decisionTable);

    int column = 0;
    for (Input in : table.inputs()) {
      column++;
      org.camunda.bpm.model.dmn.instance.Input input =
          model.newInstance(org.camunda.bpm.model.dmn.instance.Input.class);
      input.setId("Input_" + column);
      input.setLabel(in.label());
      InputExpression expression = model.newInstance(InputExpression.class);
      expression.setId("InputExpression_" + column);
      expression.setTypeRef(in.typeRef());
      expression.setText(text(model, in.expression()));
      input.setInputExpression(expression);
      decisionTable.getInputs().add(input);
    }
    Output output = model.newInstance(Output.class);
    output.setId("Output_" + OUTPUT);
    output.setName(OUTPUT);
    output.setLabel("Punten");
    output.setTypeRef("integer");
    decisionTable.getOutputs().add(output);

    for (Rule r : table.rules()) {
      org.camunda.bpm.model.dmn.instance.Rule rule =
          model.newInstance(org.camunda.bpm.model.dmn.instance.Rule.class);
      rule.setId(r.id());
      Description description = model.newInstance(Description.class);
      description.setTextContent(r.description());
      rule.setDescription(description);
      int entry = 0;
      for (Input in : table.inputs()) {
        entry++;
        InputEntry inputEntry = model.newInstance(InputEntry.class);
        inputEntry.setId(r.id() + "_in_" + entry);
        inputEntry.setText(text(model, r.entries().getOrDefault(in.expression(), "-")));
        rule.getInputEntries().add(inputEntry);
      }
      OutputEntry outputEntry = model.newInstance(OutputEntry.class);
      outputEntry.setId(r.id() + "_out");
      outputEntry.setText(text(model, Long.toString(r.points())));
      rule.getOutputEntries().add(outputEntry);
      decisionTable.getRules().add(rule);
    }
    Dmn.validateModel(model);
    return Dmn.convertToString(model);
  }

  @Override
  public Table read(String dmnXml) {
    DmnModelInstance model = parse(dmnXml);
    Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
    if (decisions.size() != 1) {
      throw new InvalidTable("the model holds " + decisions.size() + " decisions, not one", null);
    }
    Decision decision = decisions.iterator().next();
    if (!(decision.getExpression() instanceof DecisionTable decisionTable)) {
      throw new InvalidTable("the decision is no decision table", null);
    }
    if (decisionTable.getHitPolicy() != HitPolicy.COLLECT
        || decisionTable.getAggregation() != BuiltinAggregator.SUM
        || decisionTable.getOutputs().size() != 1) {
      throw new InvalidTable("the table is no COLLECT/SUM table with one output", null);
    }
    List<Input> inputs = new ArrayList<>();
    for (org.camunda.bpm.model.dmn.instance.Input input : decisionTable.getInputs()) {
      InputExpression expression = input.getInputExpression();
      inputs.add(
          new Input(
              expression.getText() == null ? "" : expression.getText().getTextContent().trim(),
              input.getLabel(),
              expression.getTypeRef()));
    }
    List<Rule> rules = new ArrayList<>();
    for (org.camunda.bpm.model.dmn.instance.Rule rule : decisionTable.getRules()) {
      Map<String, String> entries = new LinkedHashMap<>();
      List<InputEntry> inputEntries = new ArrayList<>(rule.getInputEntries());
      for (int i = 0; i < inputEntries.size() && i < inputs.size(); i++) {
        String test = inputEntries.get(i).getTextContent().trim();
        if (!test.equals("-") && !test.isEmpty()) {
          entries.put(inputs.get(i).expression(), test);
        }
      }
      OutputEntry out = rule.getOutputEntries().iterator().next();
      long points;
      try {
        points = Long.parseLong(out.getTextContent().trim());
      } catch (NumberFormatException e) {
        throw new InvalidTable("rule " + rule.getId() + " gives no whole number of points", e);
      }
      rules.add(
          new Rule(
              rule.getId(),
              rule.getDescription() == null ? "" : rule.getDescription().getTextContent(),
              entries,
              points));
    }
    return new Table(decision.getId(), decision.getName(), inputs, rules);
  }

  @Override
  public Scorer compile(String dmnXml) {
    DmnModelInstance model = parse(dmnXml);
    List<DmnDecision> decisions = engine.parseDecisions(model);
    if (decisions.size() != 1) {
      throw new InvalidTable("the model holds " + decisions.size() + " decisions, not one", null);
    }
    DmnDecision decision = decisions.get(0);
    return variables -> {
      LAST.remove();
      try {
        engine.evaluateDecisionTable(decision, new LinkedHashMap<>(variables));
        DmnDecisionTableEvaluationEvent event = LAST.get();
        List<String> matched = new ArrayList<>();
        for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
          matched.add(rule.getId());
        }
        Object total =
            event.getCollectResultValue() == null ? null : event.getCollectResultValue().getValue();
        return new Score(total == null ? 0 : ((Number) total).longValue(), matched);
      } finally {
        LAST.remove();
      }
    };
  }

  private static DmnModelInstance parse(String dmnXml) {
    if (dmnXml == null || dmnXml.contains("<!DOCTYPE")) {
      // no document type declarations: no external entities, no entity expansion
      throw new InvalidTable("no DMN XML, or XML with a document type declaration", null);
    }
    try {
      return Dmn.readModelFromStream(
          new ByteArrayInputStream(dmnXml.getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      throw new InvalidTable("not a readable DMN model: " + e.getMessage(), e);
    }
  }

  private static Text text(DmnModelInstance model, String content) {
    Text text = model.newInstance(Text.class);
    text.setTextContent(content);
    return text;
  }
}
