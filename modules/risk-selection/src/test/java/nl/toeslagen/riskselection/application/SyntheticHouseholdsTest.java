package nl.toeslagen.riskselection.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.riskselection.application.SyntheticHouseholds.Household;
import nl.toeslagen.riskselection.application.SyntheticHouseholds.Settings;
import nl.toeslagen.riskselection.domain.BiasDisparityPolicy;
import nl.toeslagen.riskselection.domain.BiasMonitor;
import nl.toeslagen.riskselection.domain.BiasReport;
import nl.toeslagen.riskselection.domain.MonitoredCase;
import nl.toeslagen.riskselection.infrastructure.CommonsFisherSignificanceTest;
import org.junit.jupiter.api.Test;

class SyntheticHouseholdsTest {

  private static List<Household> generate(int count, long seed, double correlation) {
    return SyntheticHouseholds.generate(new Settings(count, seed, correlation));
  }

  private static boolean speaksTheLanguageOfItsNationality(Household h) {
    return h.features()
        .get("taal")
        .equals(SyntheticHouseholds.languageOf(h.monitoring().get("nationaliteit")));
  }

  private static double share(List<Household> households, Predicate<Household> predicate) {
    return households.stream().filter(predicate).count() / (double) households.size();
  }

  /** Households whose nationality's language is not Dutch (where a match says something). */
  private static List<Household> otherLanguage(List<Household> households) {
    return households.stream()
        .filter(
            h -> !SyntheticHouseholds.languageOf(h.monitoring().get("nationaliteit")).equals("nl"))
        .toList();
  }

  @Test
  void theSameSeedGivesTheSameHouseholds() {
    assertThat(generate(500, 11, 0.5)).isEqualTo(generate(500, 11, 0.5));
    assertThat(generate(500, 12, 0.5)).isNotEqualTo(generate(500, 11, 0.5));
  }

  @Test
  void everyBsnPassesTheElfproefAndIsUnique() {
    List<Household> households = generate(20_000, 3, 0.3);

    Set<String> bsns = new HashSet<>();
    for (Household h : households) {
      assertThat(Bsn.isValid(h.bsn())).as(h.bsn()).isTrue();
      assertThat(h.bsn()).hasSize(9);
      bsns.add(h.bsn());
    }
    assertThat(bsns).hasSize(households.size());
  }

  @Test
  void caseReferencesAreNumberedFromOne() {
    assertThat(generate(3, 1, 0))
        .extracting(Household::caseRef)
        .containsExactly("H-000001", "H-000002", "H-000003");
  }

  @Test
  void featuresAndProtectedAttributesHaveTheirNamesAndFormats() {
    for (Household h : generate(5_000, 5, 0.5)) {
      assertThat(h.features().keySet()).containsExactlyElementsOf(SyntheticHouseholds.FEATURES);
      assertThat(h.monitoring().keySet()).containsExactlyElementsOf(SyntheticHouseholds.MONITORING);
      assertThat(SyntheticHouseholds.BENEFIT_TYPES).contains(h.benefitType());
      assertThat(h.features().get("toeslag")).isEqualTo(h.benefitType());
      assertThat(Integer.parseInt(h.features().get("inkomenswijziging_pct"))).isBetween(-60, 200);
      assertThat(h.features().get("huishoudwijziging")).isIn("true", "false");
      int hours = Integer.parseInt(h.features().get("uren_kinderopvang"));
      if (h.benefitType().equals("KINDEROPVANGTOESLAG")) {
        assertThat(hours).isBetween(20, 230);
      } else {
        assertThat(hours).isZero();
      }
      assertThat(Integer.parseInt(h.features().get("hoogte_voorschot"))).isBetween(0, 2500);
      assertThat(Integer.parseInt(h.features().get("aantal_wijzigingen_jaar"))).isBetween(0, 12);
      assertThat(Integer.parseInt(h.features().get("leeftijd"))).isBetween(18, 90);
      assertThat(h.features().get("postcode")).matches("[1-9][0-9]{3}");
      assertThat(h.features().get("taal")).matches("[a-z]{2}");
      assertThat(h.features().get("adres_buitenland_gehad")).isIn("true", "false");
      assertThat(h.features().get("naam")).isNotBlank();
      assertThat(h.monitoring().get("dubbele_nationaliteit")).isIn("ja", "nee");
      assertThat(h.monitoring().get("etniciteit"))
          .isIn(
              SyntheticHouseholds.MIGRATION_BACKGROUND,
              SyntheticHouseholds.NO_MIGRATION_BACKGROUND);
    }
  }

  @Test
  void mostHouseholdsHaveZorgtoeslagAndAllBenefitTypesOccur() {
    List<Household> households = generate(10_000, 8, 0);

    assertThat(share(households, h -> h.benefitType().equals("ZORGTOESLAG"))).isBetween(0.5, 0.7);
    assertThat(households)
        .extracting(Household::benefitType)
        .containsAll(SyntheticHouseholds.BENEFIT_TYPES);
  }

  @Test
  void withFullCorrelationTheLanguageFollowsTheNationality() {
    List<Household> households = generate(10_000, 21, 1.0);

    assertThat(share(households, SyntheticHouseholdsTest::speaksTheLanguageOfItsNationality))
        .isGreaterThan(0.99);
  }

  @Test
  void withoutCorrelationTheLanguageIsIndependentOfTheNationality() {
    List<Household> households = otherLanguage(generate(20_000, 21, 0.0));

    // a household of a non-Dutch-speaking nationality speaks that language only as often as
    // the language is spoken overall (a few percent), not because of its nationality
    assertThat(share(households, SyntheticHouseholdsTest::speaksTheLanguageOfItsNationality))
        .isLessThan(0.1);
  }

  @Test
  void aHalfCorrelationMakesAboutHalfFollowTheNationality() {
    List<Household> households = otherLanguage(generate(20_000, 21, 0.5));

    assertThat(share(households, SyntheticHouseholdsTest::speaksTheLanguageOfItsNationality))
        .isBetween(0.45, 0.6);
  }

  @Test
  void withFullCorrelationAGroupLivesInItsFewPostcodeAreas() {
    Set<String> turkish = new HashSet<>();
    Set<String> independent = new HashSet<>();
    for (Household h : generate(10_000, 4, 1.0)) {
      if (h.monitoring().get("nationaliteit").equals("TR")) {
        turkish.add(h.features().get("postcode"));
      }
    }
    for (Household h : generate(10_000, 4, 0.0)) {
      if (h.monitoring().get("nationaliteit").equals("TR")) {
        independent.add(h.features().get("postcode"));
      }
    }

    assertThat(turkish).hasSizeLessThanOrEqualTo(7);
    assertThat(independent).hasSizeGreaterThan(50);
  }

  @Test
  void anAddressAbroadIsFarMoreCommonWithAMigrationBackground() {
    List<Household> households = generate(20_000, 9, 0.0);
    Predicate<Household> background =
        h -> h.monitoring().get("etniciteit").equals(SyntheticHouseholds.MIGRATION_BACKGROUND);
    Predicate<Household> abroad = h -> h.features().get("adres_buitenland_gehad").equals("true");

    double withBackground = share(households.stream().filter(background).toList(), abroad);
    double without = share(households.stream().filter(background.negate()).toList(), abroad);

    assertThat(withBackground).isGreaterThan(5 * without);
  }

  @Test
  void dualNationalsAreDutchWithAMigrationBackground() {
    for (Household h : generate(10_000, 6, 0.2)) {
      if (h.monitoring().get("dubbele_nationaliteit").equals("ja")) {
        assertThat(h.monitoring().get("nationaliteit")).isEqualTo("NL");
        assertThat(h.monitoring().get("etniciteit"))
            .isEqualTo(SyntheticHouseholds.MIGRATION_BACKGROUND);
      }
      if (!h.monitoring().get("nationaliteit").equals("NL")) {
        assertThat(h.monitoring().get("etniciteit"))
            .isEqualTo(SyntheticHouseholds.MIGRATION_BACKGROUND);
      }
    }
  }

  @Test
  void theCsvHasTheHeaderAndOneLinePerHousehold() {
    List<Household> households = generate(250, 2, 0.7);

    String csv = SyntheticHouseholds.toCsv(households);

    List<String> lines = csv.lines().toList();
    assertThat(lines).hasSize(251);
    assertThat(lines.get(0))
        .isEqualTo(
            "caseRef,bsn,benefitType,toeslag,inkomenswijziging_pct,huishoudwijziging,"
                + "uren_kinderopvang,hoogte_voorschot,aantal_wijzigingen_jaar,leeftijd,postcode,"
                + "taal,adres_buitenland_gehad,naam,monitoring.nationaliteit,"
                + "monitoring.dubbele_nationaliteit,monitoring.geboorteland,monitoring.etniciteit");
    assertThat(lines.get(1)).startsWith("H-000001," + households.get(0).bsn() + ",");
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(18));
  }

  @Test
  void theCsvReadsBackToTheSameHouseholds() {
    List<Household> households = generate(300, 13, 0.4);

    assertThat(SyntheticHouseholds.fromCsv(SyntheticHouseholds.toCsv(households)))
        .isEqualTo(households);
  }

  @Test
  void theJsonHoldsOneObjectPerHouseholdWithFeaturesAndMonitoring() {
    List<Household> households = generate(2, 1, 0);

    String json = SyntheticHouseholds.toJson(households);

    assertThat(json).startsWith("[\n{\"caseRef\":\"H-000001\",\"bsn\":\"").endsWith("}\n]\n");
    assertThat(json.lines().filter(l -> l.startsWith("{\"caseRef\""))).hasSize(2);
    assertThat(json).contains("\"features\":{\"toeslag\":\"").contains("\"monitoring\":{");
    assertThat(SyntheticHouseholds.toJson(List.of())).isEqualTo("[]\n");
  }

  @Test
  void jsonStringsEscapeQuotesAndBackslashes() {
    assertThat(SyntheticHouseholds.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
  }

  @Test
  void theCommandLinePrintsTheAskedFormat() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        SyntheticHouseholds.run(
            new String[] {"--count", "5", "--seed", "7", "--correlation", "1", "--format", "csv"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(SyntheticHouseholds.toCsv(generate(5, 7, 1.0)));
  }

  @Test
  void theCommandLineRefusesWrongArguments() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

    assertThat(SyntheticHouseholds.run(new String[] {"--format", "xml"}, out, errors)).isEqualTo(2);
    assertThat(SyntheticHouseholds.run(new String[] {"--correlation", "1.5"}, out, errors))
        .isEqualTo(2);
    assertThat(SyntheticHouseholds.run(new String[] {"--count"}, out, errors)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }

  @Test
  void settingsRefuseANegativeCountAndACorrelationOutsideZeroToOne() {
    assertThatThrownBy(() -> new Settings(-1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Settings(1, 1, -0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Settings(1, 1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theHistoricAddressAbroadRuleIsFlaggedByTheBiasMonitorAndARandomSelectionIsNot() {
    List<Household> households = generate(20_000, 60, 0.5);
    java.util.SplittableRandom sample = new java.util.SplittableRandom(61);
    List<MonitoredCase> onAddressAbroad = new java.util.ArrayList<>();
    List<MonitoredCase> atRandom = new java.util.ArrayList<>();
    for (Household h : households) {
      boolean control = sample.nextDouble() < 0.05;
      boolean abroad = h.features().get("adres_buitenland_gehad").equals("true");
      onAddressAbroad.add(new MonitoredCase(h.caseRef(), abroad, control, h.monitoring()));
      atRandom.add(
          new MonitoredCase(h.caseRef(), sample.nextDouble() < 0.08, control, h.monitoring()));
    }
    BiasMonitor monitor = new BiasMonitor();
    CommonsFisherSignificanceTest fisher = new CommonsFisherSignificanceTest();

    BiasReport biased = monitor.assess(onAddressAbroad, SyntheticHouseholds.MONITORING, fisher);
    BiasReport fair = monitor.assess(atRandom, SyntheticHouseholds.MONITORING, fisher);

    assertThat(biased.flaggedPairs())
        .contains("etniciteit=" + SyntheticHouseholds.MIGRATION_BACKGROUND, "nationaliteit=TR");
    assertThat(new BiasDisparityPolicy().evaluate(biased).refused()).isTrue();
    assertThat(fair.flagged()).as(fair.flaggedSummaryEn()).isFalse();
  }
}
