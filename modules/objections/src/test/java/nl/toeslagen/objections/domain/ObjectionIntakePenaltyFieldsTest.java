package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The intake fields the penalty needs: the amount at stake and the benefit year (both optional).
 */
class ObjectionIntakePenaltyFieldsTest {

  private static ObjectionIntake.Raw raw(String type, String date, Long cents, Integer year) {
    return new ObjectionIntake.Raw(
        "111222333",
        "ZORGTOESLAG",
        "DT-1",
        type,
        date,
        date,
        null,
        List.of("Te weinig toeslag"),
        "DIGITAAL",
        cents,
        year);
  }

  @ParameterizedTest(name = "{0} dated {1}, amount {2}, year {3}: accepted")
  @CsvSource({
    "DEFINITIEVE_TOEKENNING, 2025-06-02, 0, 2024",
    "DEFINITIEVE_TOEKENNING, 2026-04-28, 100000000, 2006",
    "DEFINITIEVE_TOEKENNING, 2027-01-04, , ",
    "HERZIENING, 2027-03-01, 12345, 2025",
    "VOORLOPIGE_TOEKENNING, 2026-12-01, , 2027", // an advance for next year
    "TERUGVORDERING, 2025-02-03, 45000, 2023",
  })
  void acceptsPlausibleValues(String type, String date, Long cents, Integer year) {
    ObjectionIntake in =
        ObjectionIntake.validate(raw(type, date, cents, year), parse("2027-12-31"));
    assertThat(in.amountAtStake()).isEqualTo(cents == null ? null : Money.ofCents(cents));
    assertThat(in.contestedDecision().benefitYear()).isEqualTo(year);
  }

  @ParameterizedTest(name = "{0} dated {1}, amount {2}, year {3}: 400 on {4}")
  @CsvSource({
    "DEFINITIEVE_TOEKENNING, 2025-06-02, -1, 2024, amountAtStakeCents",
    "DEFINITIEVE_TOEKENNING, 2025-06-02, 100000001, 2024, amountAtStakeCents",
    "DEFINITIEVE_TOEKENNING, 2025-06-02, 9223372036854775807, 2024, amountAtStakeCents",
    // a final award is over a year that has ended before its date
    "DEFINITIEVE_TOEKENNING, 2025-06-02, 100, 2025, contestedDecision.benefitYear",
    "HERZIENING, 2026-01-05, 100, 2026, contestedDecision.benefitYear",
    // before the Awir
    "DEFINITIEVE_TOEKENNING, 2025-06-02, 100, 2005, contestedDecision.benefitYear",
    "VOORLOPIGE_TOEKENNING, 2026-12-01, , 2028, contestedDecision.benefitYear",
    "TERUGVORDERING, 2027-02-01, , 0, contestedDecision.benefitYear",
    "TERUGVORDERING, 2027-02-01, , -2025, contestedDecision.benefitYear",
  })
  void refusesImplausibleValuesNamingTheField(
      String type, String date, Long cents, Integer year, String field) {
    assertThatThrownBy(
            () -> ObjectionIntake.validate(raw(type, date, cents, year), parse("2027-12-31")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void herzieningIsAContestedDecisionType() {
    assertThat(
            ObjectionIntake.validate(
                    raw("HERZIENING", "2026-03-02", null, 2024), parse("2026-12-31"))
                .contestedDecision()
                .type())
        .isEqualTo(ContestedDecisionType.HERZIENING);
  }
}
