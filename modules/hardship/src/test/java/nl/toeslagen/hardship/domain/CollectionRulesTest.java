package nl.toeslagen.hardship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every collection rule at and around its boundaries, table-driven. Today is 15 June 2026. */
class CollectionRulesTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

  static final CollectionRules RULES = new CollectionRules(EfficiencyThresholds.load(), CLOCK);

  /** Room enough for the standard arrangement (EUR 10,000 advance and capacity a month). */
  static final long AMPLE = 1_000_000;

  static CollectionCase recovery(RecoveryKind kind, LocalDate date, long amount) {
    return new CollectionCase(amount, kind, date, AMPLE, AMPLE, 0, false);
  }

  @ParameterizedTest(name = "{0} {1} {2} cents -> {3}")
  @CsvSource({
    // kind, decision date, amount, arrangement, collect, threshold, figure year, provisional
    "DEFINITIEVE_TOEKENNING, 2021-01-01,  9800, NONE_BELOW_THRESHOLD, false,  9800, 2021, false",
    "DEFINITIEVE_TOEKENNING, 2021-12-31,  9801, STANDARD_24_TERMS,    true,   9800, 2021, false",
    "DEFINITIEVE_TOEKENNING, 2022-05-01,  9800, NONE_BELOW_THRESHOLD, false,  9800, 2021, true",
    "DEFINITIEVE_TOEKENNING, 2022-05-01,  9801, STANDARD_24_TERMS,    true,   9800, 2021, true",
    "DEFINITIEVE_TOEKENNING, 2023-01-01, 10600, NONE_BELOW_THRESHOLD, false, 10600, 2023, false",
    "DEFINITIEVE_TOEKENNING, 2023-12-31, 10601, STANDARD_24_TERMS,    true,  10600, 2023, false",
    "DEFINITIEVE_TOEKENNING, 2024-06-30, 11600, NONE_BELOW_THRESHOLD, false, 11600, 2024, false",
    "DEFINITIEVE_TOEKENNING, 2024-06-30, 11601, STANDARD_24_TERMS,    true,  11600, 2024, false",
    "DEFINITIEVE_TOEKENNING, 2025-02-01, 11600, NONE_BELOW_THRESHOLD, false, 11600, 2024, true",
    "DEFINITIEVE_TOEKENNING, 2025-02-01, 11601, STANDARD_24_TERMS,    true,  11600, 2024, true",
    "DEFINITIEVE_TOEKENNING, 2026-06-15, 11600, NONE_BELOW_THRESHOLD, false, 11600, 2024, true",
    "DEFINITIEVE_TOEKENNING, 2026-01-15, 11601, STANDARD_24_TERMS,    true,  11600, 2024, true",
    "DEFINITIEVE_TOEKENNING, 2024-06-30,     1, NONE_BELOW_THRESHOLD, false, 11600, 2024, false",
    "DEFINITIEVE_TOEKENNING, 2024-06-30,     0, NONE_BELOW_THRESHOLD, false, 11600, 2024, false",
    // before 2021 the threshold did not exist: even 1 cent is collected
    "DEFINITIEVE_TOEKENNING, 2020-12-31,     1, STANDARD_24_TERMS,    true,       ,    0, false",
    "DEFINITIEVE_TOEKENNING, 2006-01-01,  5000, STANDARD_24_TERMS,    true,       ,    0, false",
    "DEFINITIEVE_TOEKENNING, 2020-12-31,     0, NONE_BELOW_THRESHOLD, false,      ,    0, false",
    // a revision of the advance is always collected, however small
    "VOORSCHOT,              2024-05-01,  5000, STANDARD_24_TERMS,    true,       ,    0, false",
    "VOORSCHOT,              2025-05-01,     1, STANDARD_24_TERMS,    true,       ,    0, false",
    "VOORSCHOT,              2021-05-01, 11600, STANDARD_24_TERMS,    true,       ,    0, false",
    "VOORSCHOT,              2024-05-01,     0, NONE_BELOW_THRESHOLD, false,      ,    0, false",
  })
  void theEfficiencyThresholdOfTheDecisionsYear(
      RecoveryKind kind,
      LocalDate date,
      long amount,
      CollectionArrangement arrangement,
      boolean collect,
      Long threshold,
      int figureYear,
      boolean provisional) {
    CollectionAssessment a = RULES.assess(recovery(kind, date, amount));
    assertThat(a.arrangement()).isEqualTo(arrangement);
    assertThat(a.collect()).isEqualTo(collect);
    assertThat(a.thresholdCents()).isEqualTo(threshold);
    assertThat(a.thresholdYear()).isEqualTo(figureYear);
    assertThat(a.thresholdProvisional()).isEqualTo(provisional);
    assertThat(a.thresholdSource() != null).isEqualTo(threshold != null);
    assertThat(a.reasons())
        .extracting(CollectionAssessment.Reason::policy)
        .contains(EfficiencyThresholdPolicy.NAME);
    if (!collect) {
      assertThat(a.monthlyTermCents()).isNull();
      assertThat(a.lastTermCents()).isNull();
      assertThat(a.terms()).isZero();
    }
  }

  @Test
  void aProvisionalThresholdSaysSoInDutchAndEnglish() {
    CollectionAssessment a =
        RULES.assess(recovery(RecoveryKind.DEFINITIEVE_TOEKENNING, LocalDate.of(2025, 3, 1), 5000));
    CollectionAssessment.Reason reason = reason(a, EfficiencyThresholdPolicy.NAME);
    assertThat(reason.reasonNl())
        .startsWith(
            "Voor 2025 is geen gepubliceerde doelmatigheidsgrens geladen; de grens van 2024"
                + " (€ 116,00) is gebruikt. Controleer het bedrag.");
    assertThat(reason.reasonEn())
        .startsWith(
            "No published efficiency threshold is loaded for 2025; the threshold of 2024"
                + " (€ 116,00) was used. Check the amount.");
    assertThat(reason.legalBasis()).isEqualTo("Awir art. 26a");
    assertThat(a.thresholdSource()).contains("belastingdienst.nl");
  }

  @Test
  void beforeTwentyTwentyOneTheReasonSaysTheThresholdDidNotExist() {
    CollectionAssessment a =
        RULES.assess(recovery(RecoveryKind.DEFINITIEVE_TOEKENNING, LocalDate.of(2020, 6, 1), 50));
    assertThat(reason(a, EfficiencyThresholdPolicy.NAME).reasonNl())
        .contains("voor 2021 bestond de doelmatigheidsgrens niet");
  }

  @Test
  void anAdvanceOfZeroHasNothingToRecover() {
    CollectionAssessment a =
        RULES.assess(recovery(RecoveryKind.VOORSCHOT, LocalDate.of(2024, 6, 1), 0));
    assertThat(a.arrangement()).isEqualTo(CollectionArrangement.NONE_BELOW_THRESHOLD);
    assertThat(reason(a, EfficiencyThresholdPolicy.NAME).reasonNl())
        .contains("niets terug te vorderen");
  }

  @ParameterizedTest(name = "{0} {1} cents -> zienswijze {2}")
  @CsvSource({
    "DEFINITIEVE_TOEKENNING,       0, false",
    "DEFINITIEVE_TOEKENNING,  149999, false",
    "DEFINITIEVE_TOEKENNING,  150000, true",
    "DEFINITIEVE_TOEKENNING,  150001, true",
    "DEFINITIEVE_TOEKENNING, 5000000, true",
    "VOORSCHOT,               149999, false",
    "VOORSCHOT,               150000, false",
    "VOORSCHOT,              5000000, false",
  })
  void theZienswijzeBeforeALargeRecoveryAfterAFinalAward(
      RecoveryKind kind, long amount, boolean required) {
    CollectionAssessment a = RULES.assess(recovery(kind, LocalDate.of(2024, 6, 1), amount));
    assertThat(a.zienswijzeRequired()).isEqualTo(required);
    // reported always, as the last reason
    CollectionAssessment.Reason last = a.reasons().get(a.reasons().size() - 1);
    assertThat(last.policy()).isEqualTo(ZienswijzeBeforeRecoveryPolicy.NAME);
    assertThat(last.legalBasis()).isEqualTo("Awir art. 26b");
  }

  @Test
  void theZienswijzeIsReportedEvenWhenThePauseDecides() {
    CollectionCase c =
        new CollectionCase(
            200_000,
            RecoveryKind.DEFINITIEVE_TOEKENNING,
            LocalDate.of(2024, 6, 1),
            AMPLE,
            AMPLE,
            0,
            true);
    CollectionAssessment a = RULES.assess(c);
    assertThat(a.arrangement()).isEqualTo(CollectionArrangement.PAUSED_UHT);
    assertThat(a.zienswijzeRequired()).isTrue();
  }

  @ParameterizedTest(name = "{1} cents, advance {2}, income {3}, protected {4} -> {5}")
  @CsvSource({
    // kind, amount, advance, income, protected income, arrangement, term, last, terms, capacity
    // 24 terms exactly fitting the advance and the capacity
    "VOORSCHOT, 240000, 10000, 10000,      0, STANDARD_24_TERMS,     10000, 10000, 24, 10000",
    "VOORSCHOT, 240000, 10000, 25000,  15000, STANDARD_24_TERMS,     10000, 10000, 24, 10000",
    // one cent short in the advance: a personal plan at the capacity
    "VOORSCHOT, 240000,  9999, 10000,      0, PERSONAL_PLAN,         10000, 10000, 24, 10000",
    // one cent short in the capacity: a personal plan at 9999, 25 terms, the last of 24 cents
    "VOORSCHOT, 240000, 10000, 19999,  10000, PERSONAL_PLAN,          9999,    24, 25,  9999",
    // the term rounds up to the cent; the last term absorbs the rest: 100001 - 23 * 4167 = 4160
    "VOORSCHOT, 100001,  4167,  4167,      0, STANDARD_24_TERMS,      4167,  4160, 24,  4167",
    "VOORSCHOT, 100001,  4166, 10000,      0, PERSONAL_PLAN,         10000,   1, 11, 10000",
    // small amounts: rounding up makes fewer terms enough (25 cents: 12 of 2, then 1)
    "VOORSCHOT,     25,     2,     2,      0, STANDARD_24_TERMS,         2,     1, 13,     2",
    "VOORSCHOT,     24,     1,     1,      0, STANDARD_24_TERMS,         1,     1, 24,     1",
    "VOORSCHOT,      1,     1,     1,      0, STANDARD_24_TERMS,         1,     1,  1,     1",
    // no running advance: nothing to offset against
    "VOORSCHOT, 240000,     0, 50000,      0, PERSONAL_PLAN,         50000, 40000,  5, 50000",
    // capacity above the amount: one term of the amount
    "VOORSCHOT,   5000,     0, 90000,  10000, PERSONAL_PLAN,          5000,  5000,  1, 80000",
    // no capacity: income at or below the protected income
    "VOORSCHOT, 240000, 10000, 150000, 150000, SUSPENDED_NO_CAPACITY,     ,      ,  0,     0",
    "VOORSCHOT, 240000, 10000, 100000, 150000, SUSPENDED_NO_CAPACITY,     ,      ,  0,     0",
    "VOORSCHOT, 240000,     0,      0,      0, SUSPENDED_NO_CAPACITY,     ,      ,  0,     0",
    // a final award above the threshold takes the same road
    "DEFINITIEVE_TOEKENNING, 240000, 10000, 10000, 0, STANDARD_24_TERMS, 10000, 10000, 24, 10000",
    "DEFINITIEVE_TOEKENNING, 240000, 9999, 10000, 0, PERSONAL_PLAN,      10000, 10000, 24, 10000",
    // the largest amount at one cent a month: exact, no overflow
    "VOORSCHOT, 1000000000, 0, 1, 0, PERSONAL_PLAN,                  1,     1, 1000000000, 1",
  })
  void theStandardArrangementThePersonalPlanAndTheStop(
      RecoveryKind kind,
      long amount,
      long advance,
      long income,
      long protectedIncome,
      CollectionArrangement arrangement,
      Long term,
      Long last,
      int terms,
      long capacity) {
    CollectionCase c =
        new CollectionCase(
            amount, kind, LocalDate.of(2024, 3, 12), advance, income, protectedIncome, false);
    CollectionAssessment a = RULES.assess(c);
    assertThat(a.arrangement()).isEqualTo(arrangement);
    assertThat(a.collect()).isEqualTo(arrangement != CollectionArrangement.SUSPENDED_NO_CAPACITY);
    assertThat(a.monthlyTermCents()).isEqualTo(term);
    assertThat(a.lastTermCents()).isEqualTo(last);
    assertThat(a.terms()).isEqualTo(terms);
    assertThat(a.capacityCents()).isEqualTo(capacity);
    if (term != null) {
      // the terms add up to the amount, to the cent
      assertThat((terms - 1) * term + last).isEqualTo(amount);
      assertThat(last).isPositive().isLessThanOrEqualTo(term);
    }
  }

  @Test
  void theOrderOfTheReasonsFollowsTheOrderOfEvaluation() {
    CollectionCase personal =
        new CollectionCase(
            240_000,
            RecoveryKind.DEFINITIEVE_TOEKENNING,
            LocalDate.of(2024, 3, 12),
            0,
            50_000,
            0,
            false);
    assertThat(RULES.assess(personal).reasons())
        .extracting(CollectionAssessment.Reason::policy)
        .containsExactly(
            UhtPausePolicy.NAME,
            EfficiencyThresholdPolicy.NAME,
            StandardArrangementPolicy.NAME,
            PaymentCapacityPolicy.NAME,
            ZienswijzeBeforeRecoveryPolicy.NAME);
    assertThat(RULES.assess(personal).reasons())
        .allSatisfy(
            r -> {
              assertThat(r.reasonNl()).isNotBlank();
              assertThat(r.reasonEn()).isNotBlank();
              assertThat(r.legalBasis()).isNotBlank();
            });
  }

  @Test
  void withoutCapacityTheReasonSaysUntilWhenRefundsAreOffset() {
    CollectionCase c =
        new CollectionCase(
            240_000,
            RecoveryKind.VOORSCHOT,
            LocalDate.of(2024, 3, 12),
            10_000,
            1_000,
            150_000,
            false);
    CollectionAssessment.Reason reason = reason(RULES.assess(c), PaymentCapacityPolicy.NAME);
    assertThat(reason.reasonNl()).contains("eenmalige teruggaven").contains("tot 12 maart 2027");
    assertThat(reason.reasonEn()).contains("until 12 March 2027");
  }

  @ParameterizedTest(name = "{0} cents")
  @ValueSource(longs = {0, 1, 11600, 11601, 240000, 1_000_000_000})
  void thePauseWinsOverEverythingWithoutInterest(long amount) {
    for (long income : new long[] {0, AMPLE}) {
      CollectionCase c =
          new CollectionCase(
              amount,
              RecoveryKind.DEFINITIEVE_TOEKENNING,
              LocalDate.of(2024, 6, 1),
              AMPLE,
              income,
              0,
              true);
      CollectionAssessment a = RULES.assess(c);
      assertThat(a.arrangement()).isEqualTo(CollectionArrangement.PAUSED_UHT);
      assertThat(a.collect()).isFalse();
      assertThat(a.monthlyTermCents()).isNull();
      assertThat(a.lastTermCents()).isNull();
      assertThat(a.terms()).isZero();
      assertThat(a.thresholdCents()).isNull();
      assertThat(a.reasons())
          .extracting(CollectionAssessment.Reason::policy)
          .containsExactly(UhtPausePolicy.NAME, ZienswijzeBeforeRecoveryPolicy.NAME);
      assertThat(a.reasons().get(0).reasonNl()).contains("geen invorderingsrente");
      assertThat(a.reasons().get(0).reasonEn()).contains("no collection interest");
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // field, amount, kind, decision date, advance, income, protected income
    "amountCents,          -1,          VOORSCHOT, 2024-06-01,        0,        0,        0",
    "amountCents,          1000000001,  VOORSCHOT, 2024-06-01,        0,        0,        0",
    "amountCents,          -9223372036854775808, VOORSCHOT, 2024-06-01, 0,    0,        0",
    "kind,                 100,                 , 2024-06-01,        0,        0,        0",
    "decisionDate,         100,         VOORSCHOT,           ,        0,        0,        0",
    "decisionDate,         100,         VOORSCHOT, 2005-12-31,        0,        0,        0",
    "decisionDate,         100,         VOORSCHOT, 2026-06-16,        0,        0,        0",
    "decisionDate,         100,         VOORSCHOT, 2999-01-01,        0,        0,        0",
    "monthlyAdvanceCents,  100,         VOORSCHOT, 2024-06-01,       -1,        0,        0",
    "monthlyAdvanceCents,  100,         VOORSCHOT, 2024-06-01, 10000001,        0,        0",
    "monthlyIncomeCents,   100,         VOORSCHOT, 2024-06-01,        0,       -1,        0",
    "monthlyIncomeCents,   100,         VOORSCHOT, 2024-06-01,        0, 10000001,        0",
    "beslagvrijeVoetCents, 100,         VOORSCHOT, 2024-06-01,        0,        0,       -1",
    "beslagvrijeVoetCents, 100,         VOORSCHOT, 2024-06-01,        0,        0, 10000001",
    "beslagvrijeVoetCents, 100,         VOORSCHOT, 2024-06-01,        0, 10000000, -9223372036854775808",
  })
  void badInputIsRefusedNamingTheField(
      String field,
      long amount,
      RecoveryKind kind,
      LocalDate date,
      long advance,
      long income,
      long protectedIncome) {
    CollectionCase c =
        new CollectionCase(amount, kind, date, advance, income, protectedIncome, false);
    assertThatThrownBy(() -> RULES.assess(c))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource(
      value = {"ONBEKEND", "VOORSCHOTTEN", "''", "'   '", "DEFINITIEVE TOEKENNING", "NULL"},
      nullValues = "NULL")
  void anUnknownKindIsRefusedNamingKind(String code) {
    assertThatThrownBy(() -> RecoveryKind.ofCode(code))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("kind"));
  }

  @ParameterizedTest
  @CsvSource({
    "VOORSCHOT, VOORSCHOT",
    "' voorschot ', VOORSCHOT",
    "definitieve_toekenning, DEFINITIEVE_TOEKENNING"
  })
  void aKindIsReadByItsCode(String code, RecoveryKind kind) {
    assertThat(RecoveryKind.ofCode(code)).isEqualTo(kind);
  }

  @Test
  void theLimitsThemselvesAreAccepted() {
    CollectionCase lowest =
        new CollectionCase(0, RecoveryKind.VOORSCHOT, LocalDate.of(2006, 1, 1), 0, 0, 0, false);
    CollectionCase highest =
        new CollectionCase(
            CollectionRules.MAX_AMOUNT_CENTS,
            RecoveryKind.DEFINITIEVE_TOEKENNING,
            LocalDate.of(2026, 6, 15),
            CollectionRules.MAX_MONTHLY_CENTS,
            CollectionRules.MAX_MONTHLY_CENTS,
            CollectionRules.MAX_MONTHLY_CENTS,
            false);
    assertThat(RULES.assess(lowest).arrangement())
        .isEqualTo(CollectionArrangement.NONE_BELOW_THRESHOLD);
    assertThat(RULES.assess(highest).arrangement())
        .isEqualTo(CollectionArrangement.SUSPENDED_NO_CAPACITY);
  }

  @Test
  void theStandardTermRoundsUpToTheCent() {
    assertThat(StandardArrangementPolicy.term(240_000)).isEqualTo(10_000);
    assertThat(StandardArrangementPolicy.term(240_001)).isEqualTo(10_001);
    assertThat(StandardArrangementPolicy.term(100_001)).isEqualTo(4_167);
    assertThat(StandardArrangementPolicy.term(1)).isEqualTo(1);
    assertThat(CollectionRules.Terms.of(100_001, 4_167))
        .isEqualTo(new CollectionRules.Terms(4_167, 24, 4_160));
  }

  private static CollectionAssessment.Reason reason(CollectionAssessment a, String policy) {
    return a.reasons().stream().filter(r -> r.policy().equals(policy)).findFirst().orElseThrow();
  }
}
