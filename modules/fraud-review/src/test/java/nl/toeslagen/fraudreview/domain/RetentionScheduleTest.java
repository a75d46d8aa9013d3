package nl.toeslagen.fraudreview.domain;

import static nl.toeslagen.fraudreview.domain.Fixtures.ANNA;
import static nl.toeslagen.fraudreview.domain.Fixtures.BRAM;
import static nl.toeslagen.fraudreview.domain.Fixtures.approve;
import static nl.toeslagen.fraudreview.domain.Fixtures.propose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.PolicyViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 rule 11: the retention date follows from the retention schedule kept as data (per
 * outcome, counted from closure); a typed date beyond the schedule's longest period is refused.
 * Plain calendar arithmetic on purpose: a retention date is no term to act in, holidays do not move
 * it.
 */
class RetentionScheduleTest {

  private static final RetentionSchedulePolicy SCHEDULE = RetentionSchedulePolicy.standard();

  @Test
  void theScheduleFileHasAPeriodAndAReasonForEveryOutcomeThatClosesASignal() {
    for (Conclusion c : Conclusion.values()) {
      if (c.closesSignal()) {
        assertThat(SCHEDULE.entry(c).period().isNegative()).isFalse();
        assertThat(SCHEDULE.entry(c).reasonNl()).isNotBlank();
        assertThat(SCHEDULE.entry(c).reasonEn()).isNotBlank();
      }
    }
    assertThat(SCHEDULE.maximum()).isEqualTo(Period.ofYears(7));
  }

  @ParameterizedTest(name = "{0} closed {1}: kept until {2}")
  @CsvSource({
    "NIET_RELEVANT,         2025-08-31, 2026-02-28",
    "NIET_RELEVANT,         2026-12-02, 2027-06-02",
    "GEEN_ONJUISTHEID,      2025-12-25, 2026-12-25",
    "GEEN_ONJUISTHEID,      2027-02-28, 2028-02-28",
    "ONBEWUSTE_FOUT,        2025-04-27, 2030-04-27",
    "ONBEWUSTE_FOUT,        2026-05-14, 2031-05-14",
    "OPZET_OF_GROVE_SCHULD, 2027-12-25, 2034-12-25",
    "OPZET_OF_GROVE_SCHULD, 2025-01-01, 2032-01-01",
  })
  void theRetentionDateIsTheOutcomesPeriodFromTheClosureDate(
      Conclusion outcome, LocalDate closedOn, LocalDate until) {
    assertThat(SCHEDULE.retentionDate(outcome, closedOn)).isEqualTo(until);
  }

  @ParameterizedTest(name = "today {0}, typed {1}: allowed = {2}")
  @CsvSource({
    "2026-12-02, 2026-12-02, false",
    "2026-12-02, 2026-12-03, true",
    "2026-12-02, 2033-12-02, true",
    "2026-12-02, 2033-12-03, false",
    "2025-02-28, 2032-02-28, true",
    "2025-02-28, 2032-02-29, false",
    "2027-04-27, 2034-04-27, true",
    "2027-04-27, 2036-04-27, false",
  })
  void aTypedRetentionDateMustFitTheSchedulesLongestPeriod(
      LocalDate today, LocalDate typed, boolean allowed) {
    assertThat(SCHEDULE.evaluateTyped(typed, today).allowed()).isEqualTo(allowed);
  }

  @Test
  void registrationRefusesADateBeyondTheScheduleWithAFieldAndDefaultsToTheLongestPeriod() {
    LocalDate today = Fixtures.TODAY;
    assertThatThrownBy(() -> register(today.plusYears(7).plusDays(1)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("retentionDate");
              assertThat(e.decision().policy()).isEqualTo(RetentionSchedulePolicy.NAME);
            });
    assertThat(register(null).retentionDate()).isEqualTo(today.plusYears(7));
    assertThat(register(today.plusYears(7)).retentionDate()).isEqualTo(today.plusYears(7));
  }

  @Test
  void atClosureTheScheduleSetsTheRetentionDateWhateverWasTyped() {
    Signal s = register(Fixtures.TODAY.plusYears(7));
    approve(s, propose(s, ANNA, Conclusion.NIET_RELEVANT), BRAM);

    // closed on 10 March 2025 (Amsterdam): six months for a signal that was not relevant
    assertThat(s.retentionDate()).isEqualTo(LocalDate.of(2025, 9, 10));
    assertThat(s.isPurgeable(LocalDate.of(2025, 9, 10))).isFalse();
    assertThat(s.isPurgeable(LocalDate.of(2025, 9, 11))).isTrue();
  }

  @Test
  void aScheduleWithoutAnOutcomeOrWithABadPeriodIsRefusedAtStartUp() {
    assertThatThrownBy(() -> parse("NIET_RELEVANT|P6M|a|b\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("GEEN_ONJUISTHEID");
    assertThatThrownBy(() -> parse("NIET_RELEVANT|zes maanden|a|b\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Line 1");
    assertThatThrownBy(() -> parse("RELEVANT|P6M|a|b\n")).isInstanceOf(IllegalStateException.class);
  }

  private static RetentionSchedulePolicy parse(String text) throws java.io.IOException {
    return RetentionSchedulePolicy.parse(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static Signal register(LocalDate retention) {
    return Signal.register(
        SignalId.generate(),
        new nl.toeslagen.kernel.CaseNumber("TZ", 2026, 1),
        Bsn.of("111222333"),
        BenefitType.HUURTOESLAG,
        SignalSource.TIP,
        "Tip",
        "Awir art. 40",
        retention,
        ANNA,
        Instant.parse("2025-03-10T09:00:00Z"),
        Fixtures.TODAY);
  }
}
