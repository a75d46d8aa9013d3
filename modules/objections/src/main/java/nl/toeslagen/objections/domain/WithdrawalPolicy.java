package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyRule;

/**
 * Named policy "WithdrawalPolicy" (Awb 6:21): an objection can be withdrawn in writing or, during
 * the hearing or a call, orally. A written withdrawal is registered with its date of receipt
 * (required; not in the future, not before the objection was received: invalid on {@code
 * receivedOn}, 400). A withdrawal by telephone is confirmed to the objector in a letter, so that
 * the objector can correct a misunderstanding; its date is the day of the call (today unless given,
 * within the same bounds). Both close the case and end the process.
 */
@PolicyRule(
    name = "WithdrawalPolicy",
    guardsNl =
        "Een schriftelijke intrekking wordt geregistreerd met de datum van ontvangst; een"
            + " telefonische intrekking wordt de bezwaarmaker per brief bevestigd. Beide sluiten"
            + " het bezwaar af.",
    guardsEn =
        "A written withdrawal is registered with its date of receipt; a withdrawal by telephone"
            + " is confirmed to the objector in a letter. Both close the objection.",
    legalBasis = "Awb art. 6:21",
    appliesTo = {"Intrekking"})
public final class WithdrawalPolicy {

  public static final String NAME = "WithdrawalPolicy";

  private static final LegalReference BASIS = Laws.awb("6:21");

  /**
   * Checks the date of the withdrawal; a refusal is invalid on {@code receivedOn}.
   *
   * @param receivedOn the date given, or null
   * @return the decision; when allowed, {@link #dateOf} gives the date to register
   */
  public RuleVerdict evaluate(
      WithdrawalChannel channel,
      LocalDate receivedOn,
      LocalDate objectionReceived,
      LocalDate today) {
    if (channel == WithdrawalChannel.WRITTEN && receivedOn == null) {
      return refuse(
          "Geef de datum waarop de schriftelijke intrekking is ontvangen.",
          "Give the date the written withdrawal was received.");
    }
    LocalDate on = dateOf(receivedOn, today);
    if (on.isAfter(today)) {
      return refuse(
          "De datum van de intrekking ligt in de toekomst.",
          "The date of the withdrawal is in the future.");
    }
    if (on.isBefore(objectionReceived)) {
      return refuse(
          "De intrekking kan niet zijn ontvangen voor het bezwaar (" + objectionReceived + ").",
          "The withdrawal cannot be received before the objection (" + objectionReceived + ").");
    }
    return RuleVerdict.allowed(
        channel == WithdrawalChannel.WRITTEN
            ? PolicyDecision.allow(
                NAME,
                "Schriftelijke intrekking, ontvangen op " + on + ".",
                "Written withdrawal, received on " + on + ".",
                BASIS)
            : PolicyDecision.allow(
                NAME,
                "Telefonische intrekking op "
                    + on
                    + "; de bezwaarmaker krijgt een bevestiging per"
                    + " brief.",
                "Withdrawal by telephone on "
                    + on
                    + "; the objector is sent a confirmation"
                    + " letter.",
                BASIS));
  }

  /** The date registered: the one given, or today. */
  public LocalDate dateOf(LocalDate receivedOn, LocalDate today) {
    return receivedOn == null ? today : receivedOn;
  }

  /** Whether the withdrawal is confirmed to the objector in a letter. */
  public boolean confirmedByLetter(WithdrawalChannel channel) {
    return channel == WithdrawalChannel.TELEPHONE;
  }

  private static RuleVerdict refuse(String nl, String en) {
    return RuleVerdict.refused(PolicyDecision.refuse(NAME, nl, en, BASIS), "receivedOn");
  }
}
