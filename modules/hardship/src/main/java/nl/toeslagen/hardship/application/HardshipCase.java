package nl.toeslagen.hardship.application;

import java.time.LocalDate;
import java.util.Date;
import nl.toeslagen.hardship.domain.HardshipRequest;
import nl.toeslagen.hardship.domain.HardshipRequestId;
import nl.toeslagen.hardship.domain.HardshipRequests;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.usecase.api.CaseKind;
import nl.toeslagen.workflow.api.ProcessVariables;

/** What the hardship handlers share: the case kind and the task-list values. */
final class HardshipCase {

  private HardshipCase() {}

  static CaseKind<HardshipRequestId, HardshipRequest> kind(HardshipRequests requests) {
    return new CaseKind<>(HardshipRequestId.OBJECT_TYPE, requests, HardshipRequest::id);
  }

  /** What the task list shows and searches of a request's tasks. */
  static ProcessVariables taskListVariables(HardshipRequest r) {
    LocalDate deadline = HardshipViews.deadline(r);
    return ProcessVariables.of(HardshipProcess.CASE_NUMBER, r.caseNumber().toString())
        .and(HardshipProcess.CASE_LABEL, r.caseNumber() + " · " + r.kind().labelNl())
        .and(HardshipProcess.CITIZEN, r.citizen().masked())
        .and(HardshipProcess.CITIZEN_BSN_HASH, r.citizen().lookupHash())
        .and(HardshipProcess.BENEFIT_TYPE, r.benefitType().name())
        .and(HardshipProcess.DEADLINE, deadline == null ? null : deadline.toString());
  }

  /** The end of a working day: the timer fires at midnight after it (Amsterdam). */
  static Date endOf(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(DateRange.ZONE).toInstant());
  }
}
