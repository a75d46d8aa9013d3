package nl.toeslagen.fraudreview.domain;

import static nl.toeslagen.fraudreview.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.fraudreview.application.SignalActions;
import org.junit.jupiter.api.Test;

/**
 * What the case view offers whom ({@code allowedActions}, {@code openConclusions}): decided by the
 * same domain rules that refuse the call, so the UI never shows a control the server would refuse.
 */
class AllowedActionsTest {

  @Test
  void theAuthorMayWithdrawButNotApproveAndASecondOfficerMayApproveButNotWithdraw() {
    Signal s = newSignal();
    assertThat(SignalActions.of(s, ANNA)).containsExactly(SignalActions.SUBMIT);
    assertThat(s.openConclusions()).containsExactly(Conclusion.RELEVANT, Conclusion.NIET_RELEVANT);

    propose(s, ANNA, Conclusion.RELEVANT);

    assertThat(SignalActions.of(s, ANNA)).containsExactly(SignalActions.WITHDRAW);
    assertThat(SignalActions.of(s, BRAM)).containsExactly(SignalActions.REVIEW);
    // the wrong role for relevance, and never a role outside the review
    assertThat(SignalActions.of(s, VERA)).isEmpty();
    assertThat(SignalActions.of(s, BEHANDELAAR)).isEmpty();
  }

  @Test
  void anEarlierAuthorCannotReviewALaterDetermination() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    propose(s, CARLA, Conclusion.TOEKENNING_JUIST);

    assertThat(SignalActions.of(s, ANNA)).isEmpty();
    assertThat(SignalActions.of(s, DIRK)).containsExactly(SignalActions.REVIEW);
  }

  @Test
  void afterApprovedIntentTheViewIsAskedAndRecordedBeforeTheOutcome() {
    Signal s = culpable();

    assertThat(SignalActions.of(s, ANNA))
        .containsExactly(SignalActions.REQUEST_ZIENSWIJZE, SignalActions.RECORD_ZIENSWIJZE);
    assertThat(s.openConclusions())
        .containsExactly(Conclusion.ONBEWUSTE_FOUT, Conclusion.OPZET_OF_GROVE_SCHULD);

    s.recordZienswijze(zienswijze(), ANNA);

    assertThat(SignalActions.of(s, ANNA)).containsExactly(SignalActions.SUBMIT);
  }

  @Test
  void aRightAwardLeavesOnlyTheOutcomeNothingWrongAndAClosedSignalOffersNothing() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    approve(s, propose(s, ANNA, Conclusion.TOEKENNING_JUIST), BRAM);
    assertThat(s.openConclusions()).containsExactly(Conclusion.GEEN_ONJUISTHEID);

    approve(s, propose(s, ANNA, Conclusion.GEEN_ONJUISTHEID), BRAM);

    assertThat(s.openConclusions()).isEmpty();
    assertThat(SignalActions.of(s, ANNA)).isEmpty();
    assertThat(SignalActions.of(s, CARLA)).isEmpty();
  }
}
