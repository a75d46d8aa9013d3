package nl.toeslagen.archfixture.objections.rest;

import nl.toeslagen.archfixture.objections.domain.Claim;

/** Violation: a REST class hands out a domain object instead of an application view. */
public class LeakyResource {
  public Claim claim(String id) {
    return new Claim(id);
  }
}
