package nl.toeslagen.archfixture.objections.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Violation: a JPA entity in a domain package. */
@Entity
public class BadEntity {
  @Id String id;
}
