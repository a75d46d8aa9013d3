package nl.toeslagen.caselaw.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.Repository;

/** Where escalations of signal categories are kept. */
public interface SignalEscalations extends Repository<SignalEscalationId, SignalEscalation> {

  /** The next escalation number of the year (SE-2026-000001); from a sequence, never twice. */
  CaseNumber nextCaseNumber(int year);

  /** The category of the escalation, if it exists (read without loading the escalation). */
  Optional<String> categoryOf(SignalEscalationId id);

  /** The open escalation of the category, if any (at most one: a unique index holds it). */
  Optional<SignalEscalation> openFor(String category);

  /** The open escalations' ids by category. */
  Map<String, SignalEscalationId> openByCategory();

  /** Escalations, newest first, optionally of one status and category, paged. */
  List<SignalEscalation> list(
      SignalEscalationStatus status, String category, int offset, int limit);

  /** How many escalations {@link #list} pages over. */
  long count(SignalEscalationStatus status, String category);
}
