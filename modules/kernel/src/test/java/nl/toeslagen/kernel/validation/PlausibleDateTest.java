package nl.toeslagen.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.kernel.DateRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlausibleDateTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
  static ValidatorFactory factory;
  static Validator validator;

  record Contested(@PlausibleDate(DateRange.CONTESTED_DECISION) LocalDate date) {}

  record Planned(@PlausibleDate(DateRange.PLANNED) LocalDateTime at) {}

  record Retention(@PlausibleDate(DateRange.RETENTION) String text) {}

  @BeforeAll
  static void validator() {
    Clock fixed = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    factory =
        Validation.byDefaultProvider()
            .configure()
            .clockProvider(() -> fixed)
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void aContestedDecisionBeforeTheAwirOrInTheFutureIsRefused() {
    assertThat(validator.validate(new Contested(LocalDate.of(0, 1, 1)))).hasSize(1);
    assertThat(validator.validate(new Contested(LocalDate.of(2005, 12, 31)))).hasSize(1);
    assertThat(validator.validate(new Contested(TODAY.plusDays(1)))).hasSize(1);
    assertThat(validator.validate(new Contested(LocalDate.MAX))).hasSize(1);
  }

  @Test
  void aContestedDecisionFrom2006UpToTodayIsAccepted() {
    assertThat(validator.validate(new Contested(DateRange.AWIR_IN_FORCE))).isEmpty();
    assertThat(validator.validate(new Contested(TODAY))).isEmpty();
    assertThat(validator.validate(new Contested(null))).isEmpty();
  }

  @Test
  void aPlannedDateAtMostTwoYearsAheadIsAcceptedAndFurtherRefused() {
    assertThat(validator.validate(new Planned(TODAY.plusYears(2).atTime(10, 0)))).isEmpty();
    assertThat(validator.validate(new Planned(LocalDate.of(9999, 12, 31).atTime(10, 0))))
        .hasSize(1);
  }

  @Test
  void textThatIsNoDateOrOutOfRangeIsRefusedAndBlankCountsAsAbsent() {
    assertThat(validator.validate(new Retention("+999999999-12-31"))).hasSize(1);
    assertThat(validator.validate(new Retention("2026-02-30"))).hasSize(1);
    assertThat(validator.validate(new Retention("2030-01-01"))).isEmpty();
    assertThat(validator.validate(new Retention(" "))).isEmpty();
  }

  @Test
  void everyRangeStartsWhenTheAwirTookEffect() {
    for (DateRange r : DateRange.values()) {
      assertThat(r.earliest()).isEqualTo(LocalDate.of(2006, 1, 1));
      assertThat(r.latest(TODAY)).isAfterOrEqualTo(TODAY);
      assertThat(r.ruleNl()).isNotBlank();
      assertThat(r.ruleEn()).isNotBlank();
    }
  }
}
