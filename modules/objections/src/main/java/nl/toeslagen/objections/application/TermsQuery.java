package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.toeslagen.objections.domain.Fields;
import nl.toeslagen.objections.domain.ObjectionTerms;

/** The objection terms as a pure calculation (no case, nothing audited). */
@ApplicationScoped
public class TermsQuery {

  @Inject ObjectionCases cases;

  /** The terms for a decision with this dagtekening, for an objection received in time. */
  public record ObjectionTermsView(
      LocalDate objectionTermEnd, LocalDate decisionDeadline, LocalDate extendedDecisionDeadline) {}

  public ObjectionTermsView objection(String decisionDate, boolean advisoryCommittee) {
    return compute(cases.terms(), decisionDate, advisoryCommittee);
  }

  static ObjectionTermsView compute(
      ObjectionTerms terms, String decisionDate, boolean advisoryCommittee) {
    LocalDate dagtekening = Fields.date("decisionDate", decisionDate);
    return new ObjectionTermsView(
        terms.objectionTermEnd(dagtekening),
        terms.decisionDeadline(dagtekening, advisoryCommittee),
        terms.extendedDecisionDeadline(dagtekening, advisoryCommittee));
  }
}
