package nl.toeslagen.documents.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DutchDatesTest {

  @Test
  void writesDayMonthNameInLowerCaseAndYear() {
    assertThat(DutchDates.format(LocalDate.of(2026, 11, 23))).isEqualTo("23 november 2026");
    assertThat(DutchDates.format(LocalDate.of(2027, 3, 1))).isEqualTo("1 maart 2027");
    assertThat(DutchDates.format(LocalDate.of(2026, 1, 5))).isEqualTo("5 januari 2026");
    assertThat(DutchDates.format(LocalDate.of(2026, 5, 31))).isEqualTo("31 mei 2026");
    assertThat(DutchDates.format(LocalDate.of(2026, 10, 9))).isEqualTo("9 oktober 2026");
  }
}
