package nl.toeslagen.caselaw.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.toeslagen.caselaw.application.AppealViews.AppealDetails;
import nl.toeslagen.caselaw.application.AppealViews.AppealListItem;
import nl.toeslagen.caselaw.application.AppealViews.AppealPage;
import nl.toeslagen.caselaw.domain.AppealId;
import nl.toeslagen.caselaw.domain.AppealInputPolicy;
import nl.toeslagen.caselaw.domain.AppealStatus;
import nl.toeslagen.caselaw.domain.Appeals;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.usecase.api.UnitOfWork;

/** The reads of appeals: the appeal page (audited APPEAL_VIEWED) and the list. */
@ApplicationScoped
@Transactional
public class AppealQueries {

  @Inject UnitOfWork work;
  @Inject Appeals appeals;

  /** The appeal page; reading it is audited. */
  public AppealDetails get(String appealId) {
    return AppealDetails.of(
        work.read(
            AppealCase.kind(appeals),
            AppealId.ofPath(appealId),
            "APPEAL_VIEWED",
            "Beroep ingezien",
            "appeal viewed"));
  }

  /** The appeal page after a change (the change itself is audited). */
  AppealDetails details(AppealId id) {
    return AppealDetails.of(work.load(AppealCase.kind(appeals), id));
  }

  /**
   * The appeal list, newest first, optionally of one objection and/or status; a page of at most
   * 200. The list names no citizen.
   */
  public AppealPage list(String objectionId, String status, int page, int size) {
    String objection = null;
    if (objectionId != null && !objectionId.isBlank()) {
      try {
        objection = CaseId.of(objectionId).value();
      } catch (ValidationException e) {
        throw new ValidationException(
            "objectionId",
            "Het kenmerk van het bezwaar is ongeldig.",
            "The objection's id is invalid.");
      }
    }
    AppealStatus only =
        status == null || status.isBlank()
            ? null
            : new AppealInputPolicy().code(AppealStatus.class, "status", status);
    int n = Math.max(1, Math.min(size, 200));
    int p = Math.max(0, page);
    List<AppealListItem> items =
        appeals.list(objection, only, p * n, n).stream().map(AppealListItem::of).toList();
    return new AppealPage(items, appeals.count(objection, only), p, n);
  }
}
