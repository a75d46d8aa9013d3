package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The withdrawal of an objection (Awb 6:21).
 *
 * @param channel by telephone or in writing
 * @param receivedOn the day of the call, or the day the written withdrawal was received
 * @param reason how and why, as recorded
 */
public record Withdrawal(WithdrawalChannel channel, LocalDate receivedOn, String reason) {

  public Withdrawal {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(receivedOn, "receivedOn");
  }
}
