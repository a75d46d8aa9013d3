package nl.toeslagen.objections.domain;

import nl.toeslagen.kernel.Money;

/**
 * What changes for the citizen.
 *
 * @param newAmount the new benefit amount, or {@code null} when unchanged
 * @param recoveryDropped whether a recovery is (partly) dropped
 * @param amountAtStake the resulting back-payment or recovery (absolute), or {@code null}; also
 *     used for the penalty cap
 * @param description plain-language description (Dutch)
 */
public record CitizenEffect(
    Money newAmount, boolean recoveryDropped, Money amountAtStake, String description) {

  public static CitizenEffect none() {
    return new CitizenEffect(null, false, null, "Er verandert niets.");
  }

  public boolean changesSomething() {
    return newAmount != null || recoveryDropped;
  }
}
