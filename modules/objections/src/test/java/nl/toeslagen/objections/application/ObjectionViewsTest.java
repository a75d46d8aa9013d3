package nl.toeslagen.objections.application;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import nl.toeslagen.objections.domain.Requirement;
import org.junit.jupiter.api.Test;

class ObjectionViewsTest {

  @Test
  void answersTheThreeDatesForADagtekening() {
    var dto = TermsQuery.compute(ObjectionFixtures.TERMS, "2024-01-15", false);
    assertThat(dto.objectionTermEnd()).isEqualTo(parse("2024-02-26"));
    assertThat(dto.decisionDeadline()).isEqualTo(parse("2024-04-08"));
    assertThat(dto.extendedDecisionDeadline()).isEqualTo(parse("2024-05-21"));
  }

  @Test
  void usesTwelveWeeksWithAdvisoryCommittee() {
    var dto = TermsQuery.compute(ObjectionFixtures.TERMS, "2024-01-15", true);
    assertThat(dto.decisionDeadline()).isEqualTo(parse("2024-05-21"));
  }

  @Test
  void refusesAnImpossibleDecisionDateNamingTheField() {
    assertThatThrownBy(() -> TermsQuery.compute(ObjectionFixtures.TERMS, "2024-13-01", false))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("decisionDate"));
  }

  @Test
  void refusesAnUnknownRequirementNamingTheField() {
    assertThat(ObjectionCases.requirements("missing", List.of("SIGNATURE", " ")))
        .containsExactly(Requirement.SIGNATURE);
    assertThatThrownBy(() -> ObjectionCases.requirements("missing", List.of("STAMP")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("missing"));
  }

  @Test
  void caseViewMasksTheBsnAndShowsTheRunningPenalty() {
    var dto =
        ObjectionView.from(
            ObjectionFixtures.decided(), ObjectionFixtures.TERMS, parse("2024-06-30"), List.of());
    assertThat(dto.bsn()).isEqualTo("*****2333");
    assertThat(dto.timely()).isTrue();
    assertThat(dto.decision().outcome()).isEqualTo("GEDEELTELIJK_GEGROND");
    assertThat(dto.penalty().applies()).isTrue();
    assertThat(dto.overdue()).isFalse();
  }
}
