package nl.toeslagen.riskselection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import nl.toeslagen.riskselection.infrastructure.CommonsFisherSignificanceTest;
import org.junit.jupiter.api.Test;

class BiasMonitorTest {

  private static final String NATIONALITEIT = "nationaliteit";

  private final BiasMonitor monitor = new BiasMonitor();
  private final SignificanceTest fisher = new CommonsFisherSignificanceTest();

  /**
   * {@code batch} cases of {@code group}: the first {@code selected} selected, the next {@code
   * control} in the control sample, the rest neither.
   */
  private static List<MonitoredCase> group(String group, int batch, int selected, int control) {
    List<MonitoredCase> cases = new ArrayList<>();
    for (int i = 0; i < batch; i++) {
      cases.add(
          new MonitoredCase(
              group + "-" + i,
              i < selected,
              i >= selected && i < selected + control,
              Map.of(NATIONALITEIT, group)));
    }
    return cases;
  }

  @SafeVarargs
  private static List<MonitoredCase> batch(List<MonitoredCase>... groups) {
    List<MonitoredCase> all = new ArrayList<>();
    for (List<MonitoredCase> g : groups) {
      all.addAll(g);
    }
    return all;
  }

  private BiasReport assess(List<MonitoredCase> cases) {
    return monitor.assess(cases, List.of(NATIONALITEIT), fisher);
  }

  private static GroupRate rate(BiasReport report, String group) {
    return report.attribute(NATIONALITEIT).groups().stream()
        .filter(g -> g.group().equals(group))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aSelectionInProportionToTheControlSampleIsNotFlagged() {
    BiasReport report = assess(batch(group("NL", 1800, 90, 180), group("TR", 200, 10, 20)));

    assertThat(report.flagged()).isFalse();
    assertThat(report.comparable()).isTrue();
    assertThat(report.totalCases()).isEqualTo(2000);
    assertThat(report.selectedCount()).isEqualTo(100);
    assertThat(report.controlCount()).isEqualTo(200);
    assertThat(report.method()).isEqualTo("Fisher's exact test (two-sided), Holm-Bonferroni");
    GroupRate tr = rate(report, "TR");
    assertThat(tr.disparityRatio()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(tr.pValue()).isGreaterThan(BiasDisparityPolicy.ALPHA);
    assertThat(new BiasDisparityPolicy().evaluate(report).allowed()).isTrue();
  }

  @Test
  void aRandomSelectionIndependentOfTheGroupIsNotFlagged() {
    SplittableRandom random = new SplittableRandom(7);
    String[] groups = {"NL", "NL", "NL", "NL", "NL", "NL", "NL", "TR", "MA", "PL"};
    List<MonitoredCase> cases = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      cases.add(
          new MonitoredCase(
              "C-" + i,
              random.nextDouble() < 0.05,
              random.nextDouble() < 0.05,
              Map.of(NATIONALITEIT, groups[random.nextInt(groups.length)])));
    }

    BiasReport report = assess(cases);

    assertThat(report.flagged()).as(report.flaggedSummaryEn()).isFalse();
    assertThat(report.flaggedPairs()).isEmpty();
  }

  @Test
  void aGroupSelectedThreeTimesItsControlShareIsFlagged() {
    // TR: 30 of 100 selected (30%) against 20 of 200 in the control sample (10%)
    BiasReport report = assess(batch(group("NL", 1800, 70, 180), group("TR", 200, 30, 20)));

    GroupRate tr = rate(report, "TR");
    assertThat(tr.selectedShare()).isEqualTo(0.30);
    assertThat(tr.controlShare()).isEqualTo(0.10);
    assertThat(tr.selectionRate()).isEqualTo(30.0 / 200);
    assertThat(tr.disparityRatio()).isGreaterThan(BiasDisparityPolicy.UPPER);
    assertThat(tr.disparityRatio()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(tr.pValue()).isLessThan(BiasDisparityPolicy.ALPHA);
    assertThat(tr.flagged()).isTrue();
    assertThat(report.attribute(NATIONALITEIT).flagged()).isTrue();
    assertThat(report.flagged()).isTrue();
    assertThat(report.flaggedPairs()).contains("nationaliteit=TR");
    assertThat(report.flaggedSummaryEn())
        .contains("nationaliteit = TR: 30.0% of the selection against 10.0% of the control sample");
    assertThat(report.flaggedSummaryNl())
        .contains("nationaliteit = TR: 30,0% van de selectie tegen 10,0% van de steekproef");
    assertThat(new BiasDisparityPolicy().evaluate(report).refused()).isTrue();
  }

  @Test
  void tinyGroupsAreNotFlaggedEvenWhenTheirRatioIsFarOff() {
    BiasReport report =
        assess(
            batch(
                group("NL", 1800, 93, 199),
                group("DE", 10, 4, 1), // ratio 8, but fewer than 20 cases on either side
                group("ER", 6, 3, 0))); // absent from the control, but only 3 selected

    assertThat(rate(report, "DE").disparityRatio()).isGreaterThan(BiasDisparityPolicy.UPPER);
    assertThat(rate(report, "DE").flagged()).isFalse();
    assertThat(rate(report, "ER").disparityRatio()).isNull();
    assertThat(rate(report, "ER").flagged()).isFalse();
    assertThat(report.flagged()).isFalse();
  }

  @Test
  void aGroupAbsentFromTheControlSampleWithTwentySelectedIsFlagged() {
    BiasReport report = assess(batch(group("NL", 1800, 80, 200), group("SY", 40, 20, 0)));

    GroupRate sy = rate(report, "SY");
    assertThat(sy.controlShare()).isZero();
    assertThat(sy.disparityRatio()).isNull();
    assertThat(sy.absentFromControl()).isTrue();
    assertThat(sy.flagged()).isTrue();
    assertThat(report.flaggedSummaryEn())
        .contains("SY: 20 selected (20.0% of the selection), absent from the control sample");
  }

  @Test
  void withoutAControlSampleNothingIsComparedOrFlagged() {
    BiasReport report = assess(batch(group("NL", 900, 10, 0), group("TR", 100, 90, 0)));

    assertThat(report.comparable()).isFalse();
    assertThat(report.flagged()).isFalse();
    assertThat(report.attribute(NATIONALITEIT).groups())
        .allSatisfy(
            g -> {
              assertThat(g.disparityRatio()).isNull();
              assertThat(g.pValue()).isNull();
              assertThat(g.flagged()).isFalse();
            });
    assertThat(rate(report, "TR").selectionRate()).isEqualTo(0.9);
    assertThat(new BiasDisparityPolicy().evaluate(report).reasonEn())
        .contains("nothing to compare");
  }

  @Test
  void withoutSelectedCasesNothingIsComparedOrFlagged() {
    BiasReport report = assess(batch(group("NL", 900, 0, 90), group("TR", 100, 0, 10)));

    assertThat(report.comparable()).isFalse();
    assertThat(report.flagged()).isFalse();
    assertThat(rate(report, "TR").disparityRatio()).isNull();
  }

  @Test
  void aMissingAttributeValueIsTheGroupOnbekendAndGroupsAreSortedPerAttribute() {
    List<MonitoredCase> cases = new ArrayList<>(group("TR", 10, 1, 1));
    cases.addAll(group("NL", 10, 1, 1));
    cases.add(new MonitoredCase("X-1", true, true, Map.of()));

    BiasReport report = monitor.assess(cases, List.of(NATIONALITEIT, "geboorteland"), fisher);

    assertThat(report.attribute(NATIONALITEIT).groups())
        .extracting(GroupRate::group)
        .containsExactly("NL", "TR", MonitoredCase.UNKNOWN);
    assertThat(report.attribute("geboorteland").groups())
        .extracting(GroupRate::group, GroupRate::batchCount)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MonitoredCase.UNKNOWN, 21));
    assertThat(report.attributes())
        .extracting(AttributeReport::attribute)
        .containsExactly(NATIONALITEIT, "geboorteland");
  }

  @Test
  void aCaseBothSelectedAndInTheControlSampleCountsOnBothSides() {
    List<MonitoredCase> cases =
        List.of(
            new MonitoredCase("A", true, true, Map.of(NATIONALITEIT, "NL")),
            new MonitoredCase("B", false, false, Map.of(NATIONALITEIT, "NL")));

    GroupRate nl = rate(assess(cases), "NL");

    assertThat(nl.batchCount()).isEqualTo(2);
    assertThat(nl.selectedCount()).isEqualTo(1);
    assertThat(nl.controlCount()).isEqualTo(1);
    assertThat(nl.disparityRatio()).isEqualTo(1.0);
  }

  @Test
  void aHundredThousandCasesAreAssessedInOnePass() {
    SplittableRandom random = new SplittableRandom(42);
    String[] nationalities = {"NL", "NL", "NL", "NL", "NL", "NL", "TR", "MA", "PL", "SR"};
    List<MonitoredCase> cases = new ArrayList<>(100_000);
    for (int i = 0; i < 100_000; i++) {
      cases.add(
          new MonitoredCase(
              "C-" + i,
              random.nextDouble() < 0.05,
              random.nextDouble() < 0.02,
              Map.of(
                  NATIONALITEIT,
                  nationalities[random.nextInt(nationalities.length)],
                  "dubbele_nationaliteit",
                  random.nextBoolean() ? "ja" : "nee")));
    }

    BiasReport report =
        monitor.assess(cases, List.of(NATIONALITEIT, "dubbele_nationaliteit"), fisher);

    assertThat(report.totalCases()).isEqualTo(100_000);
    assertThat(report.attribute(NATIONALITEIT).groups()).hasSize(5);
    assertThat(
            report.attribute(NATIONALITEIT).groups().stream().mapToInt(GroupRate::batchCount).sum())
        .isEqualTo(100_000);
  }

  @Test
  void theProtectedAttributesOfACaseAreCopied() {
    Map<String, String> attributes = new java.util.HashMap<>(Map.of(NATIONALITEIT, "NL"));
    MonitoredCase c = new MonitoredCase("A", false, false, attributes);

    attributes.put(NATIONALITEIT, "TR");

    assertThat(c.group(NATIONALITEIT)).isEqualTo("NL");
    assertThat(c.group("geboorteland")).isEqualTo(MonitoredCase.UNKNOWN);
  }
}
