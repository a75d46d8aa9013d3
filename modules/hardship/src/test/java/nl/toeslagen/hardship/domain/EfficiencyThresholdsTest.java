package nl.toeslagen.hardship.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped efficiency thresholds parse, are sourced and ascend; a bad file is refused. */
class EfficiencyThresholdsTest {

  private final EfficiencyThresholds shipped = EfficiencyThresholds.load();

  @Test
  void theShippedFiguresAreTheVerifiedOnesOnly() {
    assertThat(shipped.rows())
        .extracting(EfficiencyThresholds.Threshold::year, EfficiencyThresholds.Threshold::cents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2021, 9_800L),
            org.assertj.core.groups.Tuple.tuple(2023, 10_600L),
            org.assertj.core.groups.Tuple.tuple(2024, 11_600L));
  }

  @Test
  void everyRowHasASourceAndTheYearsAscend() {
    List<EfficiencyThresholds.Threshold> rows = shipped.rows();
    assertThat(rows).isNotEmpty();
    assertThat(rows).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).year()).isGreaterThan(rows.get(i - 1).year());
    }
    assertThat(rows.get(0).year()).isGreaterThanOrEqualTo(EfficiencyThresholds.FIRST_YEAR);
    assertThat(rows.get(1).source()).contains("https://www.belastingdienst.nl/");
  }

  @Test
  void aYearWithoutAFigureTakesTheLatestEarlierOneProvisionally() {
    assertThat(shipped.forYear(2020)).isEmpty();
    assertThat(shipped.forYear(2021).orElseThrow().provisional()).isFalse();
    EfficiencyThresholds.Applied y2022 = shipped.forYear(2022).orElseThrow();
    assertThat(y2022.provisional()).isTrue();
    assertThat(y2022.figure().year()).isEqualTo(2021);
    EfficiencyThresholds.Applied y2026 = shipped.forYear(2026).orElseThrow();
    assertThat(y2026.provisional()).isTrue();
    assertThat(y2026.figure().cents()).isEqualTo(11_600);
  }

  @Test
  void commentsBlankLinesAndTheHeaderAreSkippedAndASourceMayHoldCommas() throws IOException {
    EfficiencyThresholds t =
        EfficiencyThresholds.parse(
            new StringReader(
                "\uFEFF# comment\n\nyear,amountCents,source\n2021,9800,Stb. 2020, 512, p. 3\n"),
            "test");
    assertThat(t.rows())
        .containsExactly(new EfficiencyThresholds.Threshold(2021, 9800, "Stb. 2020, 512, p. 3"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021,9800",
        "2021,9800,   ",
        "2021,98.00,bron",
        "twintig,9800,bron",
        "2020,9800,bron",
        "2021,0,bron",
        "2021,-1,bron",
        "2021,100000000,bron",
        "2023,10600,bron\n2021,9800,bron",
        "2021,9800,bron\n2021,9800,bron",
        "# only comments",
      })
  void aMalformedFileIsRefused(String csv) {
    assertThatThrownBy(() -> EfficiencyThresholds.parse(new StringReader(csv), "test"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("test");
  }
}
