package nl.toeslagen.caselaw.application;

import nl.toeslagen.caselaw.domain.Appeal;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.Appeals;
import nl.toeslagen.usecase.api.CaseKind;
import nl.toeslagen.workflow.api.ProcessVariables;

/** What the appeal handlers share: the case kind and the task-list values. */
final class AppealCase {

  private AppealCase() {}

  static CaseKind<AppealId, Appeal> kind(Appeals appeals) {
    return new CaseKind<>(AppealId.OBJECT_TYPE, appeals, Appeal::id);
  }

  /** What the task list shows and searches of an appeal's tasks (no citizen data). */
  static ProcessVariables taskListVariables(Appeal a) {
    return ProcessVariables.of(AppealProcess.CASE_NUMBER, a.caseNumber().toString())
        .and(
            AppealProcess.CASE_LABEL,
            a.caseNumber()
                + " · "
                + a.level().labelNl()
                + " · "
                + a.courtCaseNumber()
                + " (bezwaar "
                + a.objectionCaseNumber()
                + ")")
        .and(AppealProcess.DEADLINE, a.deadline() == null ? null : a.deadline().toString());
  }
}
