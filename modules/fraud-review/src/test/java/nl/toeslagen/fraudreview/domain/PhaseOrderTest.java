package nl.toeslagen.fraudreview.domain;

import static nl.toeslagen.fraudreview.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.toeslagen.kernel.PolicyViolationException;
import org.junit.jupiter.api.Test;

class PhaseOrderTest {

  @Test
  void newSignalStartsWithRelevance() {
    assertThat(newSignal().phase()).isEqualTo(Phase.RELEVANTIE);
  }

  @Test
  void determinationForALaterPhaseIsRefused() {
    Signal s = newSignal();

    assertThatThrownBy(() -> propose(s, ANNA, Conclusion.TOEKENNING_ONJUIST))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision().policy()).isEqualTo(PhaseOrderPolicy.NAME);
              assertThat(e.decision().reasonNl()).contains("relevantie");
            });
    assertThat(s.determinations()).isEmpty();
  }

  @Test
  void conclusionMustBelongToThePhase() {
    Signal s = newSignal();
    DeterminationDraft mixed =
        DeterminationDraft.of(Phase.RELEVANTIE, Conclusion.OPZET, "Duidelijk opzet");

    assertThat(s.mayPropose(mixed, ANNA, TODAY).policy()).isEqualTo(PhaseOrderPolicy.NAME);
    assertThat(s.mayPropose(mixed, ANNA, TODAY).allowed()).isFalse();
  }

  @Test
  void onlyOneDeterminationWaitsForApprovalAtATime() {
    Signal s = newSignal();
    propose(s, ANNA, Conclusion.RELEVANT);

    assertThatThrownBy(() -> propose(s, CARLA, Conclusion.NIET_RELEVANT))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining("already waiting");
    assertThat(s.determinations()).hasSize(1);
  }

  @Test
  void determinationWithoutReasonsIsRefused() {
    Signal s = newSignal();
    DeterminationDraft noReasons = DeterminationDraft.of(Phase.RELEVANTIE, Conclusion.RELEVANT, "");

    assertThatThrownBy(() -> s.propose("d1", noReasons, ANNA, NOW, TODAY))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision().policy()).isEqualTo(ReasonsRequiredPolicy.NAME);
              assertThat(e.decision().basis().toString()).isEqualTo("BWBR0005537 art. 3:46");
            });
    assertThat(s.determinations()).isEmpty();
  }

  @Test
  void determinationHasNoEffectUntilApproved() {
    Signal s = newSignal();
    propose(s, ANNA, Conclusion.RELEVANT);

    assertThat(s.phase()).isEqualTo(Phase.RELEVANTIE);
    assertThat(s.priority()).isNull();
  }

  @Test
  void approvedRelevanceMovesToLegalityWithPriority() {
    Signal s = newSignal();
    Determination d =
        s.propose(
            "d1",
            new DeterminationDraft(
                Phase.RELEVANTIE,
                Conclusion.RELEVANT,
                "Concreet",
                List.of(),
                List.of(),
                Priority.HOOG,
                null),
            ANNA,
            NOW,
            TODAY);
    approve(s, d, BRAM);

    assertThat(s.phase()).isEqualTo(Phase.RECHTMATIGHEID);
    assertThat(s.priority()).isEqualTo(Priority.HOOG);
  }

  @Test
  void notRelevantSignalIsClosed() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.NIET_RELEVANT), BRAM);

    assertThat(s.isClosed()).isTrue();
    assertThat(s.outcome()).contains(Conclusion.NIET_RELEVANT);
    assertThatThrownBy(() -> propose(s, ANNA, Conclusion.RELEVANT))
        .isInstanceOf(PolicyViolationException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void rightAwardSkipsIntentAndCanOnlyEndWithoutFinding() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    approve(s, propose(s, ANNA, Conclusion.TOEKENNING_JUIST), BRAM);

    assertThat(s.phase()).isEqualTo(Phase.UITKOMST);
    assertThatThrownBy(() -> propose(s, ANNA, Conclusion.GEEN_OPZET_OF_GROVE_SCHULD))
        .isInstanceOf(PolicyViolationException.class);
    assertThatThrownBy(() -> propose(s, ANNA, Conclusion.ONBEWUSTE_FOUT))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(OutcomeFollowsFindingsPolicy.NAME));

    approve(s, propose(s, ANNA, Conclusion.GEEN_ONJUISTHEID), CARLA);
    assertThat(s.outcome()).contains(Conclusion.GEEN_ONJUISTHEID);
    assertThat(s.isClosed()).isTrue();
  }

  @Test
  void wrongAwardLeadsToTheIntentPhase() {
    assertThat(inIntentPhase().phase()).isEqualTo(Phase.OPZET_GROVE_SCHULD);
  }

  @Test
  void honestMistakeIsCorrectedAndNeverFined() {
    Signal s = inIntentPhase();
    approve(s, propose(s, VICTOR, Conclusion.GEEN_OPZET_OF_GROVE_SCHULD), VERA);

    assertThatThrownBy(() -> propose(s, VICTOR, Conclusion.ONBEWUSTE_FOUT, fine(50_000, 50)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().reasonEn()).contains("never fined"));
    assertThatThrownBy(() -> propose(s, VICTOR, Conclusion.OPZET_OF_GROVE_SCHULD, fine(50_000, 50)))
        .isInstanceOf(PolicyViolationException.class);
    assertThatThrownBy(() -> propose(s, VICTOR, Conclusion.GEEN_ONJUISTHEID))
        .isInstanceOf(PolicyViolationException.class);

    approve(s, propose(s, VICTOR, Conclusion.ONBEWUSTE_FOUT), DIRK);
    assertThat(s.outcome()).contains(Conclusion.ONBEWUSTE_FOUT);
    assertThat(s.determinations()).allMatch(d -> d.fine() == null);
  }

  @Test
  void afterApprovedIntentTheOutcomeWaitsForTheZienswijze() {
    Signal s = inIntentPhase();
    approve(s, propose(s, VICTOR, Conclusion.OPZET), VERA);

    // the process asks the citizen's view first; an outcome before it would skip that step
    assertThatThrownBy(() -> propose(s, CARLA, Conclusion.ONBEWUSTE_FOUT))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e ->
                assertThat(e.decision().policy())
                    .isEqualTo(ZienswijzeOnlyBeforeSanctionPolicy.NAME));
    assertThat(s.determinations()).hasSize(3);

    s.recordZienswijze(zienswijze(), CARLA);
    assertThat(propose(s, CARLA, Conclusion.ONBEWUSTE_FOUT).phase()).isEqualTo(Phase.UITKOMST);
  }

  @Test
  void fineCannotBeAttachedBeforeTheOutcome() {
    Signal s = inIntentPhase();

    assertThatThrownBy(() -> propose(s, VICTOR, Conclusion.OPZET, fine(50_000, 50)))
        .isInstanceOf(PolicyViolationException.class);
  }
}
