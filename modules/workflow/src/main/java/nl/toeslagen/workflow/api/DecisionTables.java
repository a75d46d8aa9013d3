package nl.toeslagen.workflow.api;

import java.util.List;
import java.util.Map;

/**
 * Scoring tables as DMN 1.3 decision tables with hit policy COLLECT and aggregation SUM, built,
 * read and evaluated by the DMN engine that ships with the process engine. A table is plain XML to
 * its callers: they store it, version it, show it (dmn-js) and export it; only this port knows the
 * engine.
 */
public interface DecisionTables {

  /** Builds the DMN XML of a COLLECT/SUM table. */
  String collectSum(Table table);

  /**
   * Reads a table back from its XML: the decision's key, the input expressions (what the table
   * reads) and the rules with their points.
   *
   * @throws InvalidTable when the XML is no single COLLECT/SUM decision table of this shape
   */
  Table read(String dmnXml);

  /** Compiles the table once, to score many cases. */
  Scorer compile(String dmnXml);

  /** A compiled table. Thread-safe. */
  interface Scorer {
    /** Scores one case: the variables are the values of the table's input expressions. */
    Score score(Map<String, Object> variables);
  }

  /**
   * The outcome for one case.
   *
   * @param total the sum of the points of the rules that matched (0 when none did)
   * @param matchedRuleIds the ids of the rules that matched, in table order
   */
  record Score(long total, List<String> matchedRuleIds) {
    public Score {
      matchedRuleIds = List.copyOf(matchedRuleIds);
    }
  }

  /**
   * A table: one decision, its inputs, one integer output ({@code points}), its rules.
   *
   * @param decisionKey the decision's id (a valid XML id)
   * @param name the decision's name
   * @param inputs the columns
   * @param rules the rows
   */
  record Table(String decisionKey, String name, List<Input> inputs, List<Rule> rules) {
    public Table {
      inputs = List.copyOf(inputs);
      rules = List.copyOf(rules);
    }
  }

  /**
   * One column.
   *
   * @param expression the variable the column reads (a feature code)
   * @param label its label
   * @param typeRef {@code integer}, {@code boolean} or {@code string}
   */
  record Input(String expression, String label, String typeRef) {}

  /**
   * One row.
   *
   * @param id the rule id (a valid XML id), reported when the rule matches
   * @param description what the rule means (the indicator's name)
   * @param entries per input expression the FEEL unary test; inputs not named match anything
   * @param points the points the rule adds
   */
  record Rule(String id, String description, Map<String, String> entries, long points) {
    public Rule {
      entries = Map.copyOf(entries);
    }
  }

  /** The XML is not a COLLECT/SUM decision table of the expected shape. */
  class InvalidTable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidTable(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
