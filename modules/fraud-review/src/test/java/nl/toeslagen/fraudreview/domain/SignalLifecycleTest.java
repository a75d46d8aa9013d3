package nl.toeslagen.fraudreview.domain;

import static nl.toeslagen.fraudreview.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.toeslagen.kernel.Bsn;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;

class SignalLifecycleTest {

  @Test
  void onlyToezichtRegistersSignals() {
    assertThatThrownBy(
            () ->
                Signal.register(
                    SignalId.generate(),
                    new nl.toeslagen.kernel.CaseNumber("TZ", 2026, 1),
                    Bsn.of("111222333"),
                    BenefitType.HUURTOESLAG,
                    SignalSource.STEEKPROEF,
                    "Steekproef",
                    "Awir art. 40",
                    TODAY.plusYears(1),
                    VERA,
                    NOW,
                    TODAY))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(SignalRegistrationPolicy.NAME));
  }

  @Test
  void registrationNeedsALegalBasisForProcessing() {
    assertThatThrownBy(
            () ->
                Signal.register(
                    SignalId.generate(),
                    new nl.toeslagen.kernel.CaseNumber("TZ", 2026, 1),
                    Bsn.of("111222333"),
                    BenefitType.HUURTOESLAG,
                    SignalSource.STEEKPROEF,
                    "Steekproef",
                    " ",
                    TODAY.plusYears(1),
                    ANNA,
                    NOW,
                    TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("legalBasis"));
  }

  @Test
  void registrationNeedsARetentionDateInTheFuture() {
    assertThatThrownBy(
            () ->
                Signal.register(
                    SignalId.generate(),
                    new nl.toeslagen.kernel.CaseNumber("TZ", 2026, 1),
                    Bsn.of("111222333"),
                    BenefitType.HUURTOESLAG,
                    SignalSource.STEEKPROEF,
                    "Steekproef",
                    "Awir art. 40",
                    TODAY,
                    ANNA,
                    NOW,
                    TODAY))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.field()).isEqualTo("retentionDate");
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
            });
  }

  @Test
  void registeredSignalIsOpenInRelevanceWithoutAnyJudgement() {
    Signal s = newSignal();

    assertThat(s.phase()).isEqualTo(Phase.RELEVANTIE);
    assertThat(s.isClosed()).isFalse();
    assertThat(s.outcome()).isEmpty();
    assertThat(s.determinations()).isEmpty();
    assertThat(s.registeredBy()).isEqualTo("anna");
  }

  @Test
  void zienswijzeCannotBeRecordedBeforeIntentIsApproved() {
    Signal s = inIntentPhase();

    assertThatThrownBy(() -> s.recordZienswijze(zienswijze(), BRAM))
        .isInstanceOf(PolicyViolationException.class);
    assertThat(s.zienswijze()).isNull();
  }

  @Test
  void culpableOutcomeWithoutRecordedZienswijzeIsRefused() {
    Signal s = culpable();

    assertThatThrownBy(() -> propose(s, CARLA, Conclusion.OPZET_OF_GROVE_SCHULD, fine(50_000, 50)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(ZienswijzeBeforeFinePolicy.NAME));
    assertThat(s.awaitingApproval()).isEmpty();
  }

  @Test
  void culpableOutcomeAfterZienswijzeCarriesTheFineAndClosesOnceTheProfessionalLineApproves() {
    Signal s = culpable();
    s.recordZienswijze(zienswijze(), CARLA);

    Determination outcome = propose(s, CARLA, Conclusion.OPZET_OF_GROVE_SCHULD, fine(80_000, 50));
    assertThat(outcome.fine().amount()).isEqualTo(Money.ofCents(40_000));
    assertThat(s.isClosed()).isFalse();

    approve(s, outcome, VICTOR);

    assertThat(s.outcome()).contains(Conclusion.OPZET_OF_GROVE_SCHULD);
    assertThat(s.isClosed()).isTrue();
    assertThat(s.closureReason()).contains("fine proposal");
  }

  @Test
  void culpableOutcomeNeedsAFineProposalEvenIfZero() {
    Signal s = culpable();
    s.recordZienswijze(zienswijze(), CARLA);

    assertThatThrownBy(() -> propose(s, CARLA, Conclusion.OPZET_OF_GROVE_SCHULD))
        .isInstanceOf(PolicyViolationException.class);
  }

  @Test
  void zienswijzeMayStillLeadToHonestMistake() {
    Signal s = culpable();
    s.recordZienswijze(zienswijze(), CARLA);

    approve(s, propose(s, CARLA, Conclusion.ONBEWUSTE_FOUT), DIRK);

    assertThat(s.outcome()).contains(Conclusion.ONBEWUSTE_FOUT);
  }

  @Test
  void zienswijzeWithAnAnswerNeedsItsSummary() {
    assertThatThrownBy(() -> new Zienswijze(TODAY.minusDays(5), TODAY, true, "", "bram"))
        .isInstanceOf(ValidationException.class);
    assertThat(new Zienswijze(TODAY.minusDays(15), TODAY, false, null, "bram").responded())
        .isFalse();
  }

  @Test
  void closedSignalIsPurgeableOnlyAfterItsRetentionDate() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.NIET_RELEVANT), BRAM);

    assertThat(s.isPurgeable(s.retentionDate())).isFalse();
    assertThat(s.isPurgeable(s.retentionDate().plusDays(1))).isTrue();
    assertThat(s.closureReason()).isEqualTo("Niet relevant / not relevant");
    assertThat(s.closureReason()).doesNotContain("111222333");
  }

  @Test
  void openSignalIsNeverPurged() {
    Signal s = newSignal();

    assertThat(s.isPurgeable(s.retentionDate().plusYears(1))).isFalse();
  }
}
