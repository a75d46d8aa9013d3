package nl.toeslagen.fraudreview.domain;

import static nl.toeslagen.fraudreview.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

class FourEyesTest {

  @Test
  void authorCannotApproveOwnDetermination() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);

    assertThatThrownBy(() -> s.review(d.id(), ANNA, true, "Klopt", tick()))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.decision().policy()).isEqualTo(FourEyesNotAuthorPolicy.NAME);
              assertThat(e.decision().reasonNl()).contains("eigen vaststelling");
              assertThat(e.decision().reasonEn()).contains("your own determination");
            });
    assertThat(d.isAwaitingApproval()).isTrue();
    assertThat(s.phase()).isEqualTo(Phase.RELEVANTIE);
  }

  @Test
  void authorCannotRejectOwnDeterminationEither() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);

    assertThatThrownBy(() -> s.review(d.id(), ANNA, false, "Toch niet", tick()))
        .isInstanceOf(PolicyViolationException.class);
    assertThat(d.isAwaitingApproval()).isTrue();
  }

  @Test
  void authorOfAnEarlierDeterminationCannotApproveALaterOne() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    Determination legality = propose(s, CARLA, Conclusion.TOEKENNING_ONJUIST);

    assertThat(s.mayReview(legality.id(), ANNA).policy())
        .isEqualTo(FourEyesNoEarlierAuthorPolicy.NAME);
    assertThatThrownBy(() -> approve(s, legality, ANNA))
        .isInstanceOf(PolicyViolationException.class);
    assertThat(s.phase()).isEqualTo(Phase.RECHTMATIGHEID);
  }

  @Test
  void authorOfARejectedDeterminationCannotApproveItsRevisionByAnother() {
    Signal s = newSignal();
    Determination first = propose(s, ANNA, Conclusion.RELEVANT);
    s.review(first.id(), BRAM, false, "Bron is onvoldoende beschreven", tick());
    Determination revision = propose(s, CARLA, Conclusion.RELEVANT);

    assertThat(s.mayReview(revision.id(), ANNA).allowed()).isFalse();
    assertThat(s.mayReview(revision.id(), BRAM).allowed()).isTrue();
  }

  @Test
  void approverOfAnEarlierPhaseMayApproveALaterOne() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    Determination legality = propose(s, CARLA, Conclusion.TOEKENNING_JUIST);

    approve(s, legality, BRAM);

    assertThat(legality.isApproved()).isTrue();
    assertThat(legality.reviewer()).isEqualTo("bram");
  }

  @Test
  void relevanceIsApprovedByToezichtOnly() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);

    assertThat(s.mayReview(d.id(), VERA).policy()).isEqualTo(FourEyesRolePolicy.NAME);
    assertThat(s.mayReview(d.id(), VERA).reasonNl()).contains("TOEZICHT");
    assertThat(s.mayReview(d.id(), BEHANDELAAR).allowed()).isFalse();
    assertThat(s.mayReview(d.id(), BRAM).allowed()).isTrue();
  }

  @Test
  void legalityIsApprovedByToezichtOnly() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    Determination d = propose(s, ANNA, Conclusion.TOEKENNING_ONJUIST);

    assertThat(s.mayReview(d.id(), VERA).allowed()).isFalse();
    assertThat(s.mayReview(d.id(), CARLA).allowed()).isTrue();
  }

  @Test
  void intentIsApprovedByVaktechniekOnly() {
    Signal s = inIntentPhase();
    Determination d = propose(s, VICTOR, Conclusion.GROVE_SCHULD);

    assertThat(s.mayReview(d.id(), Actor.of("dirk", Role.TOEZICHT)).policy())
        .isEqualTo(FourEyesRolePolicy.NAME);
    assertThat(s.mayReview(d.id(), VERA).allowed()).isTrue();
  }

  @Test
  void intentIsApprovedByVaktechniekAlsoWhenItFindsNoIntent() {
    Signal s = inIntentPhase();
    Determination d = propose(s, VICTOR, Conclusion.GEEN_OPZET_OF_GROVE_SCHULD);

    assertThat(s.mayReview(d.id(), Actor.of("dirk", Role.TOEZICHT)).allowed()).isFalse();
    assertThat(s.mayReview(d.id(), VERA).allowed()).isTrue();
  }

  @Test
  void culpableOutcomeIsApprovedByVaktechniekOnly() {
    Signal s = culpable();
    s.recordZienswijze(zienswijze(), CARLA);
    Determination d = propose(s, CARLA, Conclusion.OPZET_OF_GROVE_SCHULD, fine(50_000, 50));
    Actor toezicht = Actor.of("dirk", Role.TOEZICHT);

    assertThat(s.mayReview(d.id(), toezicht).policy()).isEqualTo(FourEyesRolePolicy.NAME);
    assertThat(s.mayReview(d.id(), VICTOR).allowed()).isTrue();
  }

  @Test
  void honestMistakeOutcomeIsApprovedByToezicht() {
    Signal s = inIntentPhase();
    approve(s, propose(s, VICTOR, Conclusion.GEEN_OPZET_OF_GROVE_SCHULD), VERA);
    Determination d = propose(s, VICTOR, Conclusion.ONBEWUSTE_FOUT);
    Actor dirk = Actor.of("dirk", Role.TOEZICHT);

    assertThat(s.mayReview(d.id(), VERA).allowed()).isFalse();
    assertThat(s.mayReview(d.id(), dirk).allowed()).isTrue();
  }

  @Test
  void reviewWithoutReasonsIsRefusedAndChangesNothing() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);

    assertThatThrownBy(() -> s.review(d.id(), BRAM, true, "  ", tick()))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(ReasonsRequiredPolicy.NAME));
    assertThat(d.isAwaitingApproval()).isTrue();
    assertThat(s.phase()).isEqualTo(Phase.RELEVANTIE);
  }

  @Test
  void rejectedDeterminationGoesBackToItsAuthorWithTheReasons() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);

    s.review(d.id(), BRAM, false, "Bron en datum van de tip ontbreken", tick());

    assertThat(d.isRejected()).isTrue();
    assertThat(s.phase()).isEqualTo(Phase.RELEVANTIE);
    assertThat(s.returnedForRevision()).get().extracting(Determination::author).isEqualTo("anna");
    assertThat(s.returnedForRevision().get().reviewReasons())
        .isEqualTo("Bron en datum van de tip ontbreken");
    assertThat(s.isWaitingFor(ANNA)).isTrue();
    assertThat(s.isWaitingFor(BRAM)).isFalse();
  }

  @Test
  void authorCanResubmitAfterRejection() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);
    s.review(d.id(), BRAM, false, "Aanvullen", tick());

    Determination revision = propose(s, ANNA, Conclusion.RELEVANT);
    approve(s, revision, BRAM);

    assertThat(s.phase()).isEqualTo(Phase.RECHTMATIGHEID);
    assertThat(s.returnedForRevision()).isEmpty();
  }

  @Test
  void aReviewedDeterminationCannotBeReviewedAgain() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);
    approve(s, d, BRAM);

    assertThatThrownBy(() -> s.review(d.id(), CARLA, false, "Toch niet", tick()))
        .isInstanceOf(PolicyViolationException.class);
    assertThat(d.reviewer()).isEqualTo("bram");
  }

  @Test
  void determinationWaitsForTheQualifiedSecondPerson() {
    Signal s = newSignal();
    propose(s, ANNA, Conclusion.RELEVANT);

    assertThat(s.isWaitingFor(BRAM)).isTrue();
    assertThat(s.isWaitingFor(ANNA)).isFalse();
    assertThat(s.isWaitingFor(VERA)).isFalse();
  }

  @Test
  void noQualificationIsMadeByTheSystem() {
    Signal s = newSignal();

    assertThatThrownBy(() -> propose(s, Actor.system(), Conclusion.RELEVANT))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(AuthorQualifiedPolicy.NAME));
    assertThatThrownBy(() -> propose(s, BEHANDELAAR, Conclusion.RELEVANT))
        .isInstanceOf(PolicyViolationException.class);
    assertThat(s.determinations()).isEmpty();
  }
}
