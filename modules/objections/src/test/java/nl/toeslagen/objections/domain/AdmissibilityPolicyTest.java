package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdmissibilityPolicyTest {

  private final AdmissibilityPolicy policy = new AdmissibilityPolicy();
  private final LocalDate today = parse("2024-03-01");

  @Test
  void timelyAndCompleteIsAdmissible() {
    assertThat(policy.evaluate(Timeliness.IN_TIME, Set.of(), null, today).outcome())
        .isEqualTo(AdmissibilityOutcome.ADMISSIBLE);
  }

  @Test
  void lateWithoutExcuseIsNotAdmissibleUnder611() {
    AdmissibilityAssessment a = policy.evaluate(Timeliness.LATE, Set.of(), null, today);
    assertThat(a.outcome()).isEqualTo(AdmissibilityOutcome.NOT_ADMISSIBLE);
    assertThat(a.basis().article()).isEqualTo("6:11");
  }

  @Test
  void excusedLatenessIsAdmissible() {
    assertThat(policy.evaluate(Timeliness.LATE_EXCUSED, Set.of(), null, today).outcome())
        .isEqualTo(AdmissibilityOutcome.ADMISSIBLE);
  }

  @Test
  void missingSignatureAsksForRepairNamingWhatIsMissing() {
    AdmissibilityAssessment a =
        policy.evaluate(Timeliness.IN_TIME, Set.of(Requirement.SIGNATURE), null, today);
    assertThat(a.outcome()).isEqualTo(AdmissibilityOutcome.REPAIR_REQUIRED);
    assertThat(a.reasonNl()).contains("de handtekening");
    assertThat(a.basis().article()).isEqualTo("6:6");
  }

  @Test
  void waitsWhileTheRepairPeriodRuns() {
    RepairRequest repair =
        new RepairRequest(parse("2024-02-20"), parse("2024-03-05"), Set.of(Requirement.GROUNDS));
    assertThat(
            policy
                .evaluate(Timeliness.IN_TIME, Set.of(Requirement.GROUNDS), repair, today)
                .outcome())
        .isEqualTo(AdmissibilityOutcome.AWAITING_REPAIR);
  }

  @Test
  void notRepairedAfterThePeriodIsNotAdmissibleWithReasons() {
    RepairRequest repair =
        new RepairRequest(parse("2024-02-01"), parse("2024-02-15"), Set.of(Requirement.GROUNDS));
    AdmissibilityAssessment a =
        policy.evaluate(Timeliness.IN_TIME, Set.of(Requirement.GROUNDS), repair, today);
    assertThat(a.outcome()).isEqualTo(AdmissibilityOutcome.NOT_ADMISSIBLE);
    assertThat(a.reasonNl()).contains("de redenen van uw bezwaar").contains("2024-02-15");
  }

  @Test
  void repairedAfterRequestIsAdmissible() {
    RepairRequest repair =
        new RepairRequest(parse("2024-02-01"), parse("2024-02-15"), Set.of(Requirement.GROUNDS));
    assertThat(policy.evaluate(Timeliness.IN_TIME, Set.of(), repair, today).outcome())
        .isEqualTo(AdmissibilityOutcome.ADMISSIBLE);
  }

  @Test
  void excuseNeedsALateObjectionAndARecordedReason() {
    ExcusableLatenessPolicy excuse = new ExcusableLatenessPolicy();
    assertThat(excuse.evaluate(Timeliness.IN_TIME, "ziek").allowed()).isFalse();
    assertThat(excuse.evaluate(Timeliness.LATE, " ").allowed()).isFalse();
    assertThat(excuse.evaluate(Timeliness.LATE, "Opgenomen in ziekenhuis").allowed()).isTrue();
    assertThat(excuse.evaluate(Timeliness.LATE, "Opgenomen in ziekenhuis").basis().article())
        .isEqualTo("6:11");
  }
}
