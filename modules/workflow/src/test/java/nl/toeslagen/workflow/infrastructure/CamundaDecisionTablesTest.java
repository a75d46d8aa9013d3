package nl.toeslagen.workflow.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.toeslagen.workflow.api.DecisionTables;
import nl.toeslagen.workflow.api.DecisionTables.Input;
import nl.toeslagen.workflow.api.DecisionTables.Rule;
import nl.toeslagen.workflow.api.DecisionTables.Score;
import nl.toeslagen.workflow.api.DecisionTables.Table;
import org.junit.jupiter.api.Test;

class CamundaDecisionTablesTest {

  private final CamundaDecisionTables tables = new CamundaDecisionTables();

  private final Table table =
      new Table(
          "Selectie_test_v1",
          "Test",
          List.of(
              new Input("inkomenswijziging_pct", "Inkomenswijziging", "integer"),
              new Input("huishoudwijziging", "Huishoudwijziging", "boolean"),
              new Input("toeslag", "Toeslag", "string")),
          List.of(
              new Rule("I1", "Grote inkomensstijging", Map.of("inkomenswijziging_pct", "> 30"), 40),
              new Rule("I2", "Huishouden gewijzigd", Map.of("huishoudwijziging", "true"), 25),
              new Rule("I3", "Kinderopvang", Map.of("toeslag", "\"KINDEROPVANGTOESLAG\""), 10)));

  @Test
  void sumsThePointsOfTheMatchingRulesAndNamesThem() {
    String xml = tables.collectSum(table);
    assertTrue(xml.contains("hitPolicy=\"COLLECT\""), xml);
    assertTrue(xml.contains("aggregation=\"SUM\""), xml);
    Score score =
        tables
            .compile(xml)
            .score(
                Map.of(
                    "inkomenswijziging_pct",
                    45,
                    "huishoudwijziging",
                    true,
                    "toeslag",
                    "HUURTOESLAG"));
    assertEquals(65, score.total());
    assertEquals(List.of("I1", "I2"), score.matchedRuleIds());
  }

  @Test
  void scoresZeroWhenNoRuleMatches() {
    Score score =
        tables
            .compile(tables.collectSum(table))
            .score(
                Map.of(
                    "inkomenswijziging_pct",
                    5,
                    "huishoudwijziging",
                    false,
                    "toeslag",
                    "ZORGTOESLAG"));
    assertEquals(0, score.total());
    assertEquals(List.of(), score.matchedRuleIds());
  }

  @Test
  void readsTheInputsAndRulesBackFromTheXml() {
    Table read = tables.read(tables.collectSum(table));
    assertEquals("Selectie_test_v1", read.decisionKey());
    assertEquals(
        List.of("inkomenswijziging_pct", "huishoudwijziging", "toeslag"),
        read.inputs().stream().map(Input::expression).toList());
    assertEquals(40, read.rules().get(0).points());
    assertEquals(Map.of("inkomenswijziging_pct", "> 30"), read.rules().get(0).entries());
    assertEquals("Grote inkomensstijging", read.rules().get(0).description());
  }

  @Test
  void refusesXmlWithADocumentTypeDeclaration() {
    assertThrows(
        DecisionTables.InvalidTable.class,
        () -> tables.read("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><x/>"));
  }
}
