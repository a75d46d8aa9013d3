package nl.toeslagen.objections.domain;

/** How the objector withdrew the objection (Awb 6:21). */
public enum WithdrawalChannel {
  /** By telephone: confirmed to the objector in a letter. */
  TELEPHONE,
  /** In writing (letter, e-mail, form): registered with its date of receipt. */
  WRITTEN
}
