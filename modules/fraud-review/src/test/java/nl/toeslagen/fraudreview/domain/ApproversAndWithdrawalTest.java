package nl.toeslagen.fraudreview.domain;

import static nl.toeslagen.fraudreview.domain.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.toeslagen.kernel.PolicyViolationException;
import org.junit.jupiter.api.Test;

class ApproversAndWithdrawalTest {

  @Test
  void withTwoToezichtOfficersTheSecondDeterminationHasNoEligibleApprover() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    Determination legality = propose(s, BRAM, Conclusion.TOEKENNING_ONJUIST);

    assertThat(s.eligibleApprovers(legality.id(), List.of(ANNA, BRAM))).isEmpty();
    assertThat(s.eligibleApprovers(legality.id(), List.of(ANNA, BRAM, CARLA)))
        .containsExactly("carla");
  }

  @Test
  void theApproverListFollowsEveryFourEyesRule() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);

    assertThat(s.eligibleApprovers(d.id(), List.of(DIRK, ANNA, VERA, BRAM)))
        .containsExactly("bram", "dirk");
  }

  @Test
  void theAuthorWithdrawsAPendingDeterminationWithAReasonAndItHasNoEffect() {
    Signal s = newSignal();
    approve(s, propose(s, ANNA, Conclusion.RELEVANT), BRAM);
    Determination stuck = propose(s, BRAM, Conclusion.TOEKENNING_ONJUIST);

    s.withdraw(stuck.id(), BRAM, "Niemand kan goedkeuren", tick());

    assertThat(stuck.status()).isEqualTo(DeterminationStatus.WITHDRAWN);
    assertThat(stuck.reviewReasons()).isEqualTo("Niemand kan goedkeuren");
    assertThat(s.awaitingApproval()).isEmpty();
    assertThat(s.phase()).isEqualTo(Phase.RECHTMATIGHEID);
    // a colleague writes it anew; the author of the withdrawn one may now approve
    Determination again = propose(s, CARLA, Conclusion.TOEKENNING_ONJUIST);
    assertThat(s.eligibleApprovers(again.id(), List.of(ANNA, BRAM, CARLA))).containsExactly("bram");
  }

  @Test
  void onlyTheAuthorWithdrawsAndOnlyWhileItWaits() {
    Signal s = newSignal();
    Determination d = propose(s, ANNA, Conclusion.RELEVANT);

    assertThatThrownBy(() -> s.withdraw(d.id(), BRAM, "Mag niet", tick()))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.decision().policy()).isEqualTo(DeterminationWithdrawalPolicy.NAME));
    assertThatThrownBy(() -> s.withdraw(d.id(), ANNA, " ", tick()))
        .isInstanceOf(PolicyViolationException.class);
    assertThat(d.isAwaitingApproval()).isTrue();

    approve(s, d, BRAM);
    assertThatThrownBy(() -> s.withdraw(d.id(), ANNA, "Te laat", tick()))
        .isInstanceOf(PolicyViolationException.class);
    assertThat(d.isApproved()).isTrue();
  }
}
