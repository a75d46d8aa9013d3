package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseNumberTest {

  @ParameterizedTest
  @CsvSource({
    "BZ, 2026, 123, BZ-2026-000123",
    "BZ, 2027, 1, BZ-2027-000001",
    "FR, 2025, 999999, FR-2025-999999",
    "BZ, 2026, 1234567, BZ-2026-1234567"
  })
  void isWrittenWithPrefixYearAndAtLeastSixDigits(
      String prefix, int year, long sequence, String text) {
    CaseNumber number = new CaseNumber(prefix, year, sequence);
    assertThat(number).hasToString(text);
    assertThat(CaseNumber.parse("caseNumber", text)).isEqualTo(number);
  }

  @Test
  void aTypedNumberMayHaveBlanksAndLowerCase() {
    assertThat(CaseNumber.parse("q", "  bz-2026-000123 "))
        .isEqualTo(new CaseNumber("BZ", 2026, 123));
    assertThat(CaseNumber.looksLikeOne(" bz-2026-000123")).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "BZ-26-000123", "BZ-2026-123", "B-2026-000123", "BZ2026000123", "123456789"})
  void anythingElseIsABadRequestOnTheField(String text) {
    assertThat(CaseNumber.looksLikeOne(text)).isFalse();
    assertThatThrownBy(() -> CaseNumber.parse("caseNumber", text))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("caseNumber"));
  }

  @Test
  void theSequenceStartsAtOne() {
    assertThatThrownBy(() -> new CaseNumber("BZ", 2026, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
