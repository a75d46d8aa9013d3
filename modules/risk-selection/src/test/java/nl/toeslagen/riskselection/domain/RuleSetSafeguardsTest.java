package nl.toeslagen.riskselection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;

/** Each safeguard of the rule register, the lifecycle and the batch, one behaviour per test. */
class RuleSetSafeguardsTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final FeatureCatalogue CATALOGUE = FeatureCatalogue.standard();
  private static final Actor AUTHOR = Actor.of("toezicht1", Role.TOEZICHT);
  private static final Actor PRIVACY_1 = Actor.of("privacy1", Role.PRIVACY);
  private static final Actor PRIVACY_2 = Actor.of("privacy2", Role.PRIVACY);
  private static final Actor VAKTECHNIEK = Actor.of("vaktechniek1", Role.VAKTECHNIEK);
  private static final ImpactAssessment IAMA =
      new ImpactAssessment("doel", "grondslag", "proportioneel", "mens", "risico", "maatregel");

  private static Indicator indicator(String feature, Comparison comparison, String value, int p) {
    return new Indicator("I1", "Indicator " + feature, feature, comparison, value, p);
  }

  private static RuleSet register(int threshold, List<String> declared, Indicator... indicators) {
    List<String> inputs = java.util.Arrays.stream(indicators).map(Indicator::feature).toList();
    return RuleSet.register(
        RuleSetId.generate(),
        new RuleSet.Draft(
            "Test",
            "Doel",
            LegalReference.parse("BWBR0018472 art. 40"),
            threshold,
            List.of(indicators),
            declared,
            "Onderbouwing",
            "<dmn/>",
            inputs),
        null,
        CATALOGUE,
        AUTHOR,
        NOW);
  }

  private static RuleSet approvedUpToProfessional(RuleSet r) {
    r.submit(AUTHOR);
    r.privacyReview(true, "akkoord", PRIVACY_1, NOW);
    r.recordImpactAssessment(IAMA, true, "akkoord", PRIVACY_2, NOW);
    return r;
  }

  @Test
  void everyProtectedGroundIsProhibitedAndEveryNamedProxySuspect() {
    for (String code :
        List.of("nationaliteit", "dubbele_nationaliteit", "geboorteland", "etniciteit")) {
      assertThat(CATALOGUE.find(code).orElseThrow().classification())
          .isEqualTo(FeatureClassification.PROHIBITED);
    }
    for (String code : List.of("adres_buitenland_gehad", "taal", "postcode", "naam", "leeftijd")) {
      assertThat(CATALOGUE.find(code).orElseThrow().classification())
          .isEqualTo(FeatureClassification.PROXY_SUSPECT);
    }
  }

  @Test
  void aRuleSetReadingAProhibitedFeatureIsRefusedAs422NamingTheIndicator() {
    assertThatThrownBy(
            () -> register(10, null, indicator("nationaliteit", Comparison.EQ, "TR", 10)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision().policy()).isEqualTo(ProhibitedFeaturePolicy.NAME);
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.UNPROCESSABLE);
              assertThat(e.field()).isEqualTo("indicators[0].feature");
              assertThat(e.decision().reasonNl()).contains("nationaliteit");
            });
  }

  @Test
  void theDeclaredFeaturesMustBeTheTableInputsAndInTheCatalogue() {
    assertThat(
            new DeclaredFeaturesPolicy()
                .evaluate(List.of("toeslag"), List.of("hoogte_voorschot"), CATALOGUE)
                .refused())
        .isTrue();
    assertThat(
            new DeclaredFeaturesPolicy()
                .evaluate(List.of("fraude_blok"), null, CATALOGUE)
                .refused())
        .as("the unexplained 'fraud block' of HR60 is no feature")
        .isTrue();
    assertThat(
            new DeclaredFeaturesPolicy()
                .evaluate(List.of("toeslag"), List.of("toeslag"), CATALOGUE)
                .allowed())
        .isTrue();
  }

  @Test
  void aRuleSetNamesItsPurposeAndABwbLegalBasis() {
    PurposeAndLegalBasisPolicy policy = new PurposeAndLegalBasisPolicy();
    assertThat(policy.purpose(" ").refused()).isTrue();
    assertThat(policy.purpose("Onjuiste voorschotten vinden").allowed()).isTrue();
    assertThat(policy.legalBasis(null).refused()).isTrue();
    assertThat(policy.legalBasis("de wet").refused()).isTrue();
    assertThat(policy.legalBasis("BWBR0018472 art. 40").allowed()).isTrue();
  }

  @Test
  void aThresholdNoScoreCanReachIsRefused() {
    assertThat(
            new ReachableThresholdPolicy()
                .evaluate(100, List.of(indicator("toeslag", Comparison.EQ, "HUURTOESLAG", 60)))
                .refused())
        .isTrue();
    assertThat(new ReachableThresholdPolicy().evaluate(0, List.of()).refused()).isTrue();
    assertThat(
            new ReachableThresholdPolicy()
                .evaluate(60, List.of(indicator("toeslag", Comparison.EQ, "HUURTOESLAG", 60)))
                .allowed())
        .isTrue();
  }

  @Test
  void nobodyApprovesTheirOwnRuleSetOrTwoStepsOfIt() {
    RuleSet r = register(10, null, indicator("aantal_wijzigingen_jaar", Comparison.GE, "6", 10));
    r.submit(AUTHOR);
    Actor authorAsPrivacy = Actor.of("toezicht1", Role.PRIVACY);
    assertThatThrownBy(() -> r.privacyReview(true, "eigen", authorAsPrivacy, NOW))
        .isInstanceOf(PolicyViolationException.class);
    assertThatThrownBy(() -> r.privacyReview(true, "rol", VAKTECHNIEK, NOW))
        .isInstanceOf(PolicyViolationException.class);
    r.privacyReview(true, "akkoord", PRIVACY_1, NOW);
    assertThatThrownBy(() -> r.recordImpactAssessment(IAMA, true, "tweede", PRIVACY_1, NOW))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(ApproverIndependencePolicy.NAME));
    assertThat(r.status()).isEqualTo(RuleSetStatus.IMPACT_ASSESSMENT);
  }

  @Test
  void aRuleSetWithoutProxiesBecomesActiveAfterThreeIndependentApprovals() {
    RuleSet r =
        approvedUpToProfessional(
            register(10, null, indicator("aantal_wijzigingen_jaar", Comparison.GE, "6", 10)));
    r.professionalApproval(true, "akkoord", CATALOGUE, VAKTECHNIEK, NOW);
    assertThat(r.status()).isEqualTo(RuleSetStatus.ACTIVE);
    assertThat(new OnlyActiveRuleSetsRunPolicy().evaluate(r).allowed()).isTrue();
  }

  @Test
  void aProxyIsActivatedOnlyAfterAPassedBiasTest() {
    RuleSet r =
        approvedUpToProfessional(
            register(10, null, indicator("adres_buitenland_gehad", Comparison.EQ, "true", 10)));
    assertThatThrownBy(() -> r.professionalApproval(true, "akkoord", CATALOGUE, VAKTECHNIEK, NOW))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(ProxyFeatureSafeguardPolicy.NAME));
    r.recordBiasTest(new BiasTestResult(false, 1000, 0.5, "onderscheid", "privacy1", NOW));
    assertThatThrownBy(() -> r.professionalApproval(true, "akkoord", CATALOGUE, VAKTECHNIEK, NOW))
        .isInstanceOf(PolicyViolationException.class);
    r.recordBiasTest(new BiasTestResult(true, 1000, 0.5, "geen onderscheid", "privacy1", NOW));
    r.professionalApproval(true, "akkoord", CATALOGUE, VAKTECHNIEK, NOW);
    assertThat(r.status()).isEqualTo(RuleSetStatus.ACTIVE);
  }

  @Test
  void aRuleSetThatIsNotActiveDoesNotRun() {
    RuleSet r = register(10, null, indicator("aantal_wijzigingen_jaar", Comparison.GE, "6", 10));
    assertThat(new OnlyActiveRuleSetsRunPolicy().evaluate(r).refused()).isTrue();
  }

  @Test
  void aRuleSetSuspendedByMonitoringIsNeverReinstatedOnlyRetired() {
    RuleSet r =
        approvedUpToProfessional(
            register(10, null, indicator("aantal_wijzigingen_jaar", Comparison.GE, "6", 10)));
    r.professionalApproval(true, "akkoord", CATALOGUE, VAKTECHNIEK, NOW);
    r.suspend("biasmonitor", true);
    assertThatThrownBy(() -> r.reviewSuspension(true, "herstel", PRIVACY_1, NOW))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e ->
                assertThat(e.decision().policy())
                    .isEqualTo(FlaggedRuleSetsStaySuspendedPolicy.NAME));
    r.reviewSuspension(false, "buiten gebruik", PRIVACY_1, NOW);
    assertThat(r.status()).isEqualTo(RuleSetStatus.RETIRED);
  }

  @Test
  void aClassificationChangeNeedsASecondPrivacyAdviserAndProtectedGroundsStayProhibited() {
    SelectionFeature taal = CATALOGUE.find("taal").orElseThrow();
    ClassificationChange change =
        ClassificationChange.propose(
            taal, FeatureClassification.PROHIBITED, "bias", PRIVACY_1, NOW);
    assertThatThrownBy(() -> change.decide(true, "eigen", PRIVACY_1, NOW))
        .isInstanceOf(PolicyViolationException.class);
    change.decide(true, "eens", PRIVACY_2, NOW);
    assertThat(
            FeatureCatalogue.withChanges(List.of(change))
                .find("taal")
                .orElseThrow()
                .classification())
        .isEqualTo(FeatureClassification.PROHIBITED);
    assertThatThrownBy(
            () ->
                ClassificationChange.propose(
                    CATALOGUE.find("nationaliteit").orElseThrow(),
                    FeatureClassification.ALLOWED,
                    "proberen",
                    PRIVACY_1,
                    NOW))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e ->
                assertThat(e.decision().policy())
                    .isEqualTo(ProtectedGroundsStayProhibitedPolicy.NAME));
    assertThatThrownBy(() -> change.decide(false, "nogmaals", PRIVACY_2, NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aBatchMissingAFeatureOrLeakingAProtectedGroundIsRefusedNamingTheField() {
    RuleSet r = register(10, null, indicator("aantal_wijzigingen_jaar", Comparison.GE, "6", 10));
    Set<String> benefits = Set.of("HUURTOESLAG");
    BatchCase good =
        new BatchCase(
            "H-1", "123456782", "HUURTOESLAG", Map.of("aantal_wijzigingen_jaar", "7"), Map.of());
    assertThat(Batch.typedFeatures(List.of(good), r, CATALOGUE, benefits))
        .containsExactly(Map.of("aantal_wijzigingen_jaar", 7L));
    BatchCase missing = new BatchCase("H-2", "111222333", "HUURTOESLAG", Map.of(), Map.of());
    assertThatThrownBy(() -> Batch.typedFeatures(List.of(good, missing), r, CATALOGUE, benefits))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("cases[1].features.aantal_wijzigingen_jaar"));
    BatchCase leaking =
        new BatchCase(
            "H-3",
            "111222333",
            "HUURTOESLAG",
            Map.of("aantal_wijzigingen_jaar", "1", "nationaliteit", "NL"),
            Map.of());
    assertThatThrownBy(() -> Batch.typedFeatures(List.of(leaking), r, CATALOGUE, benefits))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.field()).isEqualTo("cases[0].features.nationaliteit"));
    BatchCase badBsn =
        new BatchCase(
            "H-4", "123456789", "HUURTOESLAG", Map.of("aantal_wijzigingen_jaar", "1"), Map.of());
    assertThatThrownBy(() -> Batch.typedFeatures(List.of(badBsn), r, CATALOGUE, benefits))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("cases[0].bsn"));
  }

  @Test
  void anIndicatorBecomesAFeelUnaryTestOfItsFeaturesType() {
    assertThat(
            indicator("inkomenswijziging_pct", Comparison.GT, "30", 1)
                .unaryTest(FeatureType.NUMBER, "i"))
        .isEqualTo("> 30");
    assertThat(indicator("taal", Comparison.NE, "nl", 1).unaryTest(FeatureType.TEXT, "i"))
        .isEqualTo("not(\"nl\")");
    assertThatThrownBy(
            () -> indicator("taal", Comparison.GT, "nl", 1).unaryTest(FeatureType.TEXT, "i"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () ->
                indicator("taal", Comparison.EQ, "x\") or true or (\"", 1)
                    .unaryTest(FeatureType.TEXT, "i"))
        .as("no FEEL injection through a value")
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theControlSampleDrawsExactlyItsSizeWithoutReplacement() {
    BitSet sample = ControlSample.draw(1000, 100, new SplittableRandom(1));
    assertThat(sample.cardinality()).isEqualTo(100);
    assertThat(ControlSample.draw(10, 100, new SplittableRandom(1)).cardinality()).isEqualTo(10);
    assertThat(ControlSample.draw(10, 0, new SplittableRandom(1)).cardinality()).isZero();
  }
}
