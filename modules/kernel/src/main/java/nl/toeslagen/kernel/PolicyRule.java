package nl.toeslagen.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a class as a named policy: a rule the system enforces, with what it guards, its legal
 * basis and where it applies. The policy catalogue ({@code GET /api/policies}) is built from these
 * annotations, so every rule the system enforces can be read by the inspectorate. A policy returns
 * a {@link PolicyDecision} whose {@link PolicyDecision#policy()} is the {@link #name()}.
 *
 * <p>The one naming convention: the name is the class's simple name and ends in {@code Policy}
 * (e.g. {@code DecisionReviewPolicy}). The architecture tests check that every policy class carries
 * this annotation and is listed in its context's {@link PolicySet}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PolicyRule {

  /** The policy's name: its class's simple name. */
  String name();

  /** What the rule guards, in Dutch (shown in the catalogue). */
  String guardsNl();

  /** What the rule guards, in English. */
  String guardsEn();

  /**
   * The legal basis, as a citation (e.g. {@code "Awb art. 7:13; Awir art. 49"}), or a statement of
   * the agency's own norm when no statute prescribes it.
   */
  String legalBasis();

  /** Where the rule applies: the user intentions (use cases) and steps it decides, in Dutch. */
  String[] appliesTo();
}
