package nl.toeslagen.objections.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The term within which the agency must decide on the objection. Immutable; {@link ObjectionTerms}
 * produces the changed terms.
 *
 * @param nominalEnd the end as counted, before the Algemene termijnenwet
 * @param deadline the last day to decide: {@code nominalEnd} moved past a Saturday, Sunday or
 *     holiday
 * @param advisoryCommittee whether an advisory committee hears the objection (12 instead of 6
 *     weeks, Awb 7:13)
 * @param extended whether the one extension of Awb 7:10 lid 3 has been used
 * @param changes every move so far, oldest first
 */
public record DecisionTerm(
    LocalDate nominalEnd,
    LocalDate deadline,
    boolean advisoryCommittee,
    boolean extended,
    List<TermChange> changes) {

  public DecisionTerm {
    Objects.requireNonNull(nominalEnd, "nominalEnd");
    Objects.requireNonNull(deadline, "deadline");
    changes = List.copyOf(changes);
  }

  DecisionTerm with(
      LocalDate newNominalEnd, LocalDate newDeadline, boolean nowExtended, TermChange change) {
    List<TermChange> all = new ArrayList<>(changes);
    all.add(change);
    return new DecisionTerm(newNominalEnd, newDeadline, advisoryCommittee, nowExtended, all);
  }

  /** Whether the deadline has passed on {@code today}. */
  public boolean overdueOn(LocalDate today) {
    return today.isAfter(deadline);
  }
}
