package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Awb 4:17 lid 6 and 4:18 on the aggregate: the penalty follows from the amount at stake recorded
 * at intake, stops on its last day due, and is set once by decision after it, with the handler's
 * finding when the objection was manifestly inadmissible or unfounded.
 */
class PenaltyDecisionTest {

  private static final String GROUND = "Mijn inkomen is te hoog vastgesteld.";

  /** A timely objection against a final award, decided with {@code outcome} on {@code decided}. */
  static Objection decided(
      DecisionOutcome outcome,
      String contestedDate,
      String notice,
      String decided,
      Long stakeCents,
      Integer year) {
    LocalDate contested = parse(contestedDate);
    LocalDate received = contested.plusDays(10);
    ObjectionIntake intake =
        ObjectionIntake.validate(
            new ObjectionIntake.Raw(
                "111222333",
                "ZORGTOESLAG",
                "DT-" + contestedDate,
                "DEFINITIEVE_TOEKENNING",
                contestedDate,
                received.toString(),
                null,
                List.of(GROUND),
                "DIGITAAL",
                stakeCents,
                year),
            received);
    Objection o =
        Objection.receive(
            ObjectionId.generate(),
            new nl.toeslagen.kernel.CaseNumber("BZ", 2025, 1),
            intake,
            false,
            ObjectionFixtures.TERMS,
            "behandelaar1");
    o.assessAdmissibility(Set.of(), null, received);
    o.recordContact(new ContactOutcome(received, true, "Gebeld", false, false));
    boolean upheld = outcome == DecisionOutcome.GEGROND;
    o.skipHearing(
        Hearing.skipped(
            upheld
                ? HearingSkipReason.E_VOLLEDIG_TEGEMOETGEKOMEN
                : HearingSkipReason.B_KENNELIJK_ONGEGROND,
            "Toelichting"));
    o.registerNoticeOfDefault(parse(notice), parse(notice));
    o.draftDecision(
        outcome,
        "Redenen.",
        List.of(new GroundAnswer(GROUND, upheld, "Antwoord.")),
        List.of(Laws.awir("16")),
        List.of(),
        upheld
            ? new CitizenEffect(
                Money.ofCents(1_200_00), false, Money.ofCents(640_00), "Nieuw bedrag.")
            : CitizenEffect.none(),
        "behandelaar1",
        parse(decided));
    if (!upheld) {
      o.review(Actor.of("vaktechniek1", Role.VAKTECHNIEK), true, null);
    }
    o.markDecided(parse(decided));
    return o;
  }

  @ParameterizedTest(
      name = "{0}: notice {2}, decided {3}, stake {4} -> {6} cents, last day {7}, set by {8}")
  @CsvSource({
    // three full weeks; the last day is Whit Monday 2025, the term after it ordinary
    "GEGROND,   2025-01-06, 2025-05-06, 2025-06-10, 50000, 2023, 3000, 2025-06-09, 2025-06-23",
    // the cap of EUR 100 is reached before the decision; the term ends on a Sunday
    "GEGROND,   2025-09-01, 2026-01-05, 2026-05-01, 50000, 2024, 10000, 2026-03-29, 2026-04-13",
    // an amount at stake under EUR 100: at most EUR 30, reached after three weeks
    "GEGROND,   2026-03-02, 2026-07-01, 2026-09-01, 9000, 2025, 3000, 2026-08-04, 2026-08-18",
    // eight full weeks; the term ends on King's Day 2027 and moves to the next day
    "ONGEGROND, 2026-10-05, 2027-02-01, 2027-04-14, 20000, 2025, 8000, 2027-04-13, 2027-04-28",
    // no amount recorded: the cap is EUR 100
    "ONGEGROND, 2026-10-05, 2027-02-01, 2027-04-14,      , 2025, 8000, 2027-04-13, 2027-04-28",
  })
  void thePenaltyIsSetAfterItsLastDayFromTheAmountRecordedAtIntake(
      DecisionOutcome outcome,
      String contested,
      String notice,
      String decidedOn,
      Long stake,
      Integer year,
      long cents,
      String lastDay,
      String due) {
    Objection o = decided(outcome, contested, notice, decidedOn, stake, year);
    LocalDate today = parse(decidedOn);
    assertThat(o.penaltyDecisionRequired(today)).isTrue();
    assertThat(o.penalty(today).lastPenaltyDay()).isEqualTo(parse(lastDay));
    assertThat(ObjectionFixtures.TERMS.penaltyDecisionDue(parse(lastDay))).isEqualTo(parse(due));

    PenaltyDecision d = o.decidePenalty(null, null, "behandelaar2", today);

    assertThat(d.amount()).isEqualTo(Money.ofCents(cents));
    assertThat(d.lastPenaltyDay()).isEqualTo(parse(lastDay));
    assertThat(d.firstPenaltyDay()).isEqualTo(parse(notice).plusDays(14));
    assertThat(d.decidedBy()).isEqualTo("behandelaar2");
    assertThat(o.penaltyDecisionRequired(today)).isFalse();
  }

  @Test
  void anAmountTypedAtTheDecisionDoesNotSetTheCap() {
    // recorded at intake: EUR 50 (cap EUR 30); the draft's amountAtStake of EUR 640 plays no part
    Objection o =
        decided(DecisionOutcome.GEGROND, "2026-03-02", "2026-07-01", "2026-12-01", 5000L, 2025);
    assertThat(o.penalty(parse("2026-12-01")).cap()).isEqualTo(PenaltyPolicy.SMALL_CAP);
  }

  @Test
  void aManifestlyUnfoundedObjectionGetsNoPenaltyWithTheReasonsRecorded() {
    Objection o =
        decided(DecisionOutcome.ONGEGROND, "2026-10-05", "2027-02-01", "2027-04-14", 20000L, 2025);
    PenaltyDecision d =
        o.decidePenalty(
            ManifestFinding.KENNELIJK_ONGEGROND,
            " Het inkomen komt uit de basisregistratie. ",
            "behandelaar2",
            parse("2027-04-15"));
    assertThat(d.amount()).isEqualTo(Money.ZERO);
    assertThat(d.finding()).isEqualTo(ManifestFinding.KENNELIJK_ONGEGROND);
    assertThat(d.findingReasons()).isEqualTo("Het inkomen komt uit de basisregistratie.");
    assertThat(o.penalty(parse("2027-04-20")).amount()).isEqualTo(Money.ZERO);
  }

  @ParameterizedTest(name = "{0} with a {1} decision and reasons ''{2}'' is refused")
  @CsvSource({
    "KENNELIJK_ONGEGROND, GEGROND, Redenen",
    "KENNELIJK_NIET_ONTVANKELIJK, ONGEGROND, Redenen",
    "KENNELIJK_ONGEGROND, ONGEGROND, ' '",
  })
  void aFindingMustBeReasonedAndFitTheDecision(
      ManifestFinding finding, DecisionOutcome outcome, String reasons) {
    Objection o = decided(outcome, "2025-01-06", "2025-05-06", "2025-06-10", 50000L, 2023);
    assertThatThrownBy(() -> o.decidePenalty(finding, reasons, "behandelaar2", parse("2025-06-10")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("manifestly");
            });
    assertThat(o.penaltyDecision()).isNull();
  }

  @ParameterizedTest(
      name = "open case, notice {0}, stake {1}: last day {2}, set on {3}: allowed {4}")
  @CsvSource({
    // EUR 30 cap: three weeks from 15 December 2026, across New Year
    "2026-12-01, 5000, 2027-01-04, 2027-01-04, false",
    "2026-12-01, 5000, 2027-01-04, 2027-01-05, true",
    // EUR 100 cap: ten weeks from 19 May 2025 (Whit Monday 9 June inside)
    "2025-05-05, 50000, 2025-07-27, 2025-07-28, true",
  })
  void aPenaltyThatReachesItsCapWhileTheCaseIsOpenCanBeSetAfterItsLastDay(
      String notice, long stake, String lastDay, String today, boolean allowed) {
    ObjectionIntake intake =
        ObjectionIntake.validate(
            new ObjectionIntake.Raw(
                "111222333",
                "ZORGTOESLAG",
                "DT-1",
                "DEFINITIEVE_TOEKENNING",
                "2024-11-01",
                "2024-11-10",
                null,
                List.of(GROUND),
                "DIGITAAL",
                stake,
                2023),
            parse("2024-11-10"));
    Objection o =
        Objection.receive(
            ObjectionId.generate(),
            new nl.toeslagen.kernel.CaseNumber("BZ", 2025, 1),
            intake,
            false,
            ObjectionFixtures.TERMS,
            "behandelaar1");
    o.registerNoticeOfDefault(parse(notice), parse(notice));
    assertThat(o.penalty(parse(today)).lastPenaltyDay()).isEqualTo(parse(lastDay));
    assertThat(o.penaltyDecisionRequired(parse(today))).isEqualTo(allowed);
    if (allowed) {
      PenaltyDecision d = o.decidePenalty(null, null, "behandelaar1", parse(today));
      assertThat(d.amount()).isEqualTo(PenaltyPolicy.cap(Money.ofCents(stake)));
      assertThat(d.decidedOn()).isEqualTo(parse(today));
    } else {
      assertThatThrownBy(() -> o.decidePenalty(null, null, "behandelaar1", parse(today)))
          .isInstanceOfSatisfying(
              PolicyViolationException.class,
              e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT));
    }
  }

  @Test
  void thePenaltyIsSetOnlyOnce() {
    Objection o =
        decided(DecisionOutcome.GEGROND, "2025-01-06", "2025-05-06", "2025-06-10", 50000L, 2023);
    o.decidePenalty(null, null, "behandelaar2", parse("2025-06-10"));
    assertThatThrownBy(() -> o.decidePenalty(null, null, "behandelaar2", parse("2025-06-11")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT));
  }

  @ParameterizedTest(name = "decided {0}: no penalty decision")
  @CsvSource({
    "2025-05-19", // before the first penalty day 20 May 2025
    "2025-05-20", // on the first penalty day: no day was due
  })
  void aDecisionBeforeAnyPenaltyDayNeedsNoPenaltyDecision(String decidedOn) {
    Objection o =
        decided(DecisionOutcome.GEGROND, "2025-01-06", "2025-05-06", decidedOn, 50000L, 2023);
    assertThat(o.penaltyDecisionRequired(parse(decidedOn))).isFalse();
    assertThatThrownBy(() -> o.decidePenalty(null, null, "behandelaar2", parse(decidedOn)))
        .isInstanceOf(PolicyViolationException.class);
  }

  @ParameterizedTest(name = "{0} over {1}: no penalty decision")
  @CsvSource({"HERZIENING, 2023", "DEFINITIEVE_TOEKENNING, 2012", "TERUGVORDERING, 2023"})
  void noPenaltyDecisionWhereTheSchemeDoesNotApply(String type, int year) {
    ObjectionIntake intake =
        ObjectionIntake.validate(
            new ObjectionIntake.Raw(
                "111222333",
                "ZORGTOESLAG",
                "X-1",
                type,
                "2025-01-06",
                "2025-01-16",
                null,
                List.of(GROUND),
                "DIGITAAL",
                50000L,
                year),
            parse("2025-01-16"));
    Objection o =
        Objection.receive(
            ObjectionId.generate(),
            new nl.toeslagen.kernel.CaseNumber("BZ", 2025, 1),
            intake,
            false,
            ObjectionFixtures.TERMS,
            "behandelaar1");
    o.registerNoticeOfDefault(parse("2025-05-06"), parse("2025-05-06"));
    assertThat(o.penalty(parse("2025-12-01")).amount()).isEqualTo(Money.ZERO);
    assertThat(o.penaltyDecisionRequired(parse("2025-12-01"))).isFalse();
  }
}
