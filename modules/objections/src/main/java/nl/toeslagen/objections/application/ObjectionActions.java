package nl.toeslagen.objections.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.objections.domain.AddedGroundPolicy;
import nl.toeslagen.objections.domain.NoticeOfDefaultPolicy;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.TermChangePolicy;

/**
 * What may be done on one case now, for the case view's {@code allowedActions}: the names are the
 * operation ids of the API (as {@code GET /api/me} lists them), each decided by the same domain
 * check that would refuse the call: the stage the domain requires, the named policies (review by
 * {@code DecisionReviewPolicy} for the viewer, {@code TermChangePolicy}, {@code
 * NoticeOfDefaultPolicy}, {@code AddedGroundPolicy}) and the penalty duty. Whether the viewer's
 * role may call an operation at all is {@code /api/me}'s list; the UI shows a control when both
 * hold.
 */
public final class ObjectionActions {

  public static final String ADMISSIBILITY = "ObjectionResource_admissibility";
  public static final String REPAIR = "ObjectionResource_repair";
  public static final String CONTACT = "ObjectionResource_contact";
  public static final String HEARING = "ObjectionResource_hearing";
  public static final String WAIVER = "ObjectionResource_waiver";
  public static final String HEARING_REPORT = "ObjectionResource_hearingReport";
  public static final String DRAFT = "ObjectionResource_draft";
  public static final String REVIEW = "ObjectionResource_review";
  public static final String EXTENSION = "ObjectionResource_extension";
  public static final String POSTPONEMENT = "ObjectionResource_postponement";
  public static final String NOTICE_OF_DEFAULT = "ObjectionResource_noticeOfDefault";
  public static final String PENALTY_DECISION = "ObjectionResource_penaltyDecision";
  public static final String WITHDRAWAL = "ObjectionResource_withdrawal";
  public static final String ADD_GROUND = "ObjectionResource_addGround";
  public static final String DECISION_LETTER_PREVIEW = "ObjectionResource_decisionLetterPreview";

  private ObjectionActions() {}

  /** The actions open on {@code o} today for {@code viewer} (null: none that depend on who). */
  public static List<String> of(Objection o, Actor viewer, LocalDate today) {
    List<String> actions = new ArrayList<>();
    switch (o.stage()) {
      case ADMISSIBILITY -> actions.add(ADMISSIBILITY);
      case AWAITING_REPAIR -> actions.add(REPAIR);
      case CONTACT -> actions.add(CONTACT);
      case HEARING -> {
        if (o.hearing() == null) {
          actions.add(HEARING);
          actions.add(WAIVER);
        } else if (!o.hearing().skipped()) {
          actions.add(HEARING_REPORT);
        }
      }
      case DRAFTING -> actions.add(DRAFT);
      case REVIEW -> {
        if (viewer != null && o.mayReview(viewer.userName(), viewer.roles()).allowed()) {
          actions.add(REVIEW);
        }
      }
      case SENDING, DECIDED, WITHDRAWN -> {
        // nothing to record on the case itself: sending is the engine's, closed is closed
      }
    }
    if (!o.stage().closed()) {
      TermChangePolicy terms = new TermChangePolicy();
      if (terms.mayExtend(o.term(), today).allowed()) {
        actions.add(EXTENSION);
      }
      if (terms.mayPostpone(o.term(), today).allowed()) {
        actions.add(POSTPONEMENT);
      }
      if (new NoticeOfDefaultPolicy().once(o.noticeOfDefaultOn()).allowed()) {
        actions.add(NOTICE_OF_DEFAULT);
      }
      actions.add(WITHDRAWAL);
    }
    if (new AddedGroundPolicy().mayAdd(o.stage()).allowed()) {
      actions.add(ADD_GROUND);
    }
    if (o.penaltyDecisionRequired(today)) {
      actions.add(PENALTY_DECISION);
    }
    if (o.hasPendingDecision()) {
      actions.add(DECISION_LETTER_PREVIEW);
    }
    return List.copyOf(actions);
  }
}
