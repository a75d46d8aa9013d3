package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseIdTest {

  @Test
  void generatesDistinctValidIds() {
    CaseId a = CaseId.generate();
    CaseId b = CaseId.generate();
    assertThat(a).isNotEqualTo(b);
    assertThat(CaseId.of(a.value())).isEqualTo(a);
    assertThat(a.value()).hasSize(36);
  }

  @Test
  void normalisesToLowerCase() {
    assertThat(CaseId.of(" 3F2504E0-4F89-11D3-9A0C-0305E82C3301 ").value())
        .isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    assertThat(CaseId.of("3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
        .hasToString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "123",
        "3f2504e0-4f89-11d3-9a0c-0305e82c330",
        "zf2504e0-4f89-11d3-9a0c-0305e82c3301"
      })
  void rejectsAnythingButAUuid(String text) {
    assertThatThrownBy(() -> CaseId.of(text))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("caseId");
              assertThat(e.messageNl()).contains("zaaknummer");
            });
  }
}
