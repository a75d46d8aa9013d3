package nl.toeslagen.archfixture.objections.application;

import nl.toeslagen.archfixture.objections.domain.Claim;

/** A well-formed view: the application reads its own domain. */
public record ClaimView(String id) {
  public static ClaimView of(Claim claim) {
    return new ClaimView(claim.id());
  }
}
