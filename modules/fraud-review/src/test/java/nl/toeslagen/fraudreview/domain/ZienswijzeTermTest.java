package nl.toeslagen.fraudreview.domain;

import static nl.toeslagen.fraudreview.domain.Fixtures.ANNA;
import static nl.toeslagen.fraudreview.domain.Fixtures.BEHANDELAAR;
import static nl.toeslagen.fraudreview.domain.Fixtures.CARLA;
import static nl.toeslagen.fraudreview.domain.Fixtures.culpable;
import static nl.toeslagen.fraudreview.domain.Fixtures.fine;
import static nl.toeslagen.fraudreview.domain.Fixtures.inIntentPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 rule 8 (Awb 4:8, 5:53): the request for the citizen's view carries the facts and the
 * intended fine, the citizen gets at least two weeks (a last day on a weekend or holiday moves to
 * the next working day), and a fine can be proposed only after the view was received or the period
 * lapsed unused (409 otherwise).
 */
class ZienswijzeTermTest {

  private static final LegalCalendar CALENDAR = LegalCalendar.standard();
  private static final ZienswijzeTermPolicy TERM = new ZienswijzeTermPolicy();

  @Test
  void theResponsePeriodIsAtLeastTwoWeeks() {
    LocalDate any = LocalDate.of(2026, 1, 1);
    assertThat(any.plus(ZienswijzeTermPolicy.RESPONSE_PERIOD)).isAfterOrEqualTo(any.plusDays(14));
    assertThat(ZienswijzeTermPolicy.RESPONSE_PERIOD).isEqualTo(Period.ofWeeks(2));
  }

  @ParameterizedTest(name = "asked {0}: respond until {1} ({2})")
  @CsvSource({
    "2025-03-10, 2025-03-24, two weeks end on a Monday",
    "2025-04-04, 2025-04-22, Good Friday 18 April then the weekend and Easter Monday",
    "2025-04-12, 2025-04-28, King's Day on Saturday 26 April; the 27th is a Sunday",
    "2025-12-11, 2025-12-29, Christmas and Boxing Day then the weekend",
    "2026-04-13, 2026-04-28, King's Day on Monday 27 April",
    "2026-04-30, 2026-05-18, Ascension Day 14 May and the Friday after (equated by royal decree)",
    "2026-12-02, 2026-12-16, an ordinary Wednesday",
    "2027-04-21, 2027-05-10, Liberation Day 5 May, Ascension Day 6 May and the equated Friday",
    "2027-12-11, 2027-12-27, Christmas on a Saturday, Boxing Day on a Sunday",
  })
  void theLastDayToRespondIsTwoWeeksLaterOrTheNextWorkingDay(
      LocalDate asked, LocalDate respondBy, String why) {
    assertThat(TERM.respondBy(asked, CALENDAR)).as(why).isEqualTo(respondBy);
    assertThat(CALENDAR.isWorkingDay(respondBy)).isTrue();
  }

  @ParameterizedTest(name = "respond by {0}, today {1}: no response may be recorded = {2}")
  @CsvSource({
    "2025-03-24, 2025-03-10, false",
    "2025-03-24, 2025-03-24, false",
    "2025-03-24, 2025-03-25, true",
    "2025-12-29, 2025-12-27, false",
    "2025-12-29, 2025-12-30, true",
    "2027-05-07, 2027-05-07, false",
    "2027-05-07, 2027-05-08, true",
  })
  void noResponseIsRecordedOnlyAfterTheLastDay(
      LocalDate respondBy, LocalDate today, boolean allowed) {
    assertThat(TERM.mayRecordNoResponse(respondBy, today).allowed()).isEqualTo(allowed);
    assertThat(TERM.lapsed(respondBy, today)).isEqualTo(allowed);
  }

  @ParameterizedTest(name = "asked {0}, responded {1}, today {2}: fine allowed = {3}")
  @CsvSource({
    // a view received: the fine may follow at once
    "2026-12-02, true,  2026-12-02, true",
    // no view: only after the last day (16 December 2026)
    "2026-12-02, false, 2026-12-16, false",
    "2026-12-02, false, 2026-12-17, true",
    // around Christmas 2025: the last day is Monday 29 December
    "2025-12-11, false, 2025-12-29, false",
    "2025-12-11, false, 2025-12-30, true",
  })
  void aFineNeedsTheViewReceivedOrThePeriodLapsed(
      LocalDate asked, boolean responded, LocalDate today, boolean allowed) {
    ZienswijzeRequest request = request(asked, 40_000);
    Zienswijze view = new Zienswijze(asked, asked, responded, responded ? "Uitleg" : null, "bram");

    var decision = new ZienswijzeBeforeFinePolicy().evaluate(view, request, today);

    assertThat(decision.allowed()).isEqualTo(allowed);
    assertThat(decision.policy()).isEqualTo(ZienswijzeBeforeFinePolicy.NAME);
  }

  @Test
  void withoutAnyViewOnRecordAFineIsRefusedAndTheRefusalNamesTheLastDay() {
    var decision =
        new ZienswijzeBeforeFinePolicy()
            .evaluate(null, request(LocalDate.of(2026, 12, 2), 40_000), LocalDate.of(2026, 12, 3));
    assertThat(decision.refused()).isTrue();
    assertThat(decision.reasonNl()).contains("16 december 2026");
  }

  @ParameterizedTest(name = "intended {0}, proposed {1}: allowed = {2}")
  @CsvSource({"40000, 40000, true", "40000, 39999, true", "40000, 40001, false", "0, 1, false"})
  void theProposalMayNotExceedTheIntendedFine(long intended, long proposed, boolean allowed) {
    assertThat(
            new ZienswijzeBeforeFinePolicy()
                .withinIntendedFine(
                    Money.ofCents(proposed), request(LocalDate.of(2026, 12, 2), intended))
                .allowed())
        .isEqualTo(allowed);
  }

  @Test
  void askingStoresTheFactsTheIntendedFineAndTheLastDayAndOnlyOnce() {
    Signal s = culpable();
    LocalDate today = LocalDate.of(2025, 4, 4);

    ZienswijzeRequest r =
        s.requestZienswijze(
            List.of("Inkomen 2024 niet opgegeven"), fine(80_000, 50), CARLA, today, CALENDAR);

    assertThat(r.respondBy()).isEqualTo(LocalDate.of(2025, 4, 22));
    assertThat(r.intendedFine().amount()).isEqualTo(Money.ofCents(40_000));
    assertThat(r.facts()).containsExactly("Inkomen 2024 niet opgegeven");
    assertThat(s.zienswijzeRequest()).isEqualTo(r);
    assertThatThrownBy(
            () ->
                s.requestZienswijze(List.of("Nog eens"), fine(80_000, 50), CARLA, today, CALENDAR))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT));
  }

  @Test
  void theViewIsNotAskedBeforeIntentWasApprovedNorByAnotherRole() {
    Signal early = inIntentPhase();
    assertThatThrownBy(
            () ->
                early.requestZienswijze(
                    List.of("Feit"), fine(80_000, 50), ANNA, Fixtures.TODAY, CALENDAR))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.FORBIDDEN));
    assertThatThrownBy(
            () ->
                culpable()
                    .requestZienswijze(
                        List.of("Feit"), fine(80_000, 50), BEHANDELAAR, Fixtures.TODAY, CALENDAR))
        .isInstanceOf(PolicyViolationException.class);
  }

  @Test
  void theIntendedFineFollowsTheFineRules() {
    assertThatThrownBy(
            () ->
                culpable()
                    .requestZienswijze(
                        List.of("Feit"), fine(80_000, 120), CARLA, Fixtures.TODAY, CALENDAR))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(FinePolicy.NAME));
  }

  @Test
  void aFineProposalBeforeTheViewOrTheLapseIsAConflictAndAfterItWorks() {
    Signal s = culpable();
    LocalDate asked = LocalDate.of(2026, 12, 2);
    s.requestZienswijze(List.of("Feit"), fine(80_000, 50), CARLA, asked, CALENDAR);

    // "no response" cannot be recorded while the citizen can still respond
    assertThatThrownBy(
            () ->
                s.recordZienswijze(
                    new Zienswijze(asked, LocalDate.of(2026, 12, 16), false, null, "carla"),
                    CARLA,
                    CALENDAR))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
              assertThat(e.decision().policy()).isEqualTo(ZienswijzeTermPolicy.NAME);
            });
    assertThat(s.zienswijze()).isNull();
    // a fine before anything came back: 409
    assertThatThrownBy(() -> proposeOutcome(s, fine(80_000, 50), LocalDate.of(2026, 12, 10)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
              assertThat(e.decision().policy()).isEqualTo(ZienswijzeBeforeFinePolicy.NAME);
            });

    s.recordZienswijze(
        new Zienswijze(asked, LocalDate.of(2026, 12, 17), false, null, "carla"), CARLA, CALENDAR);
    // more than the citizen was told: 409
    assertThatThrownBy(() -> proposeOutcome(s, fine(80_000, 60), LocalDate.of(2026, 12, 17)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e ->
                assertThat(e.kind())
                    .as(e.decision().policy() + ": " + e.decision().reasonEn())
                    .isEqualTo(PolicyViolationException.Kind.CONFLICT));
    Determination d = proposeOutcome(s, fine(80_000, 50), LocalDate.of(2026, 12, 17));
    assertThat(d.fine().amount()).isEqualTo(Money.ofCents(40_000));
  }

  @Test
  void afterARequestTheRecordedViewKeepsTheDateAsked() {
    Signal s = culpable();
    LocalDate asked = LocalDate.of(2026, 12, 2);
    s.requestZienswijze(List.of("Feit"), fine(80_000, 50), CARLA, asked, CALENDAR);
    assertThatThrownBy(
            () ->
                s.recordZienswijze(
                    new Zienswijze(asked.minusDays(1), asked, true, "Uitleg", "carla"),
                    CARLA,
                    CALENDAR))
        .isInstanceOf(nl.toeslagen.kernel.ValidationException.class);
  }

  private static Determination proposeOutcome(Signal s, FineRequest fine, LocalDate today) {
    return s.propose(
        UUID.randomUUID().toString(),
        new DeterminationDraft(
            Phase.UITKOMST,
            Conclusion.OPZET_OF_GROVE_SCHULD,
            "Boete",
            List.of(),
            List.of(),
            null,
            fine),
        CARLA,
        Fixtures.tick(),
        today);
  }

  private static ZienswijzeRequest request(LocalDate asked, long intendedCents) {
    return new ZienswijzeRequest(
        asked,
        TERM.respondBy(asked, CALENDAR),
        List.of("Feit"),
        new FineProposal(
            Money.ofCents(80_000), 50, 100, false, false, "RAP-1", Money.ofCents(intendedCents)),
        "carla");
  }
}
