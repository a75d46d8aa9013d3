package nl.toeslagen.objections.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.objections.domain.AddedGroundPolicy;
import nl.toeslagen.objections.domain.NoticeOfDefaultPolicy;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.PenaltyPolicy;
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

  /** Claiming the case's open task (the task list's operation). */
  public static final String CLAIM = "TaskResource_claim";

  /** The actions that complete the case's current task (refused when it is someone else's). */
  private static final java.util.Set<String> TASK_ACTIONS =
      java.util.Set.of(
          ADMISSIBILITY,
          REPAIR,
          CONTACT,
          HEARING,
          WAIVER,
          HEARING_REPORT,
          DRAFT,
          REVIEW,
          PENALTY_DECISION);

  /**
   * An open user task of the case: its id, task definition key, name, assignee (null: not yet
   * claimed) and the roles it is offered to.
   */
  public record OpenTask(
      String id, String key, String name, String assignee, List<String> candidateGroups) {}

  private ObjectionActions() {}

  /** The actions open on {@code o} today for {@code viewer} (null: none that depend on who). */
  public static List<String> of(Objection o, Actor viewer, LocalDate today) {
    return of(o, viewer, today, List.of());
  }

  /**
   * As {@link #of(Objection, Actor, LocalDate)}, knowing the case's open tasks: {@link #CLAIM} when
   * one is unassigned, offered to one of the viewer's roles and the case's rules let the viewer
   * work it (four eyes on the review); and no action that completes a task when every open task is
   * assigned to someone else (the handler would refuse it: TaskOwnershipPolicy).
   */
  public static List<String> of(
      Objection o, Actor viewer, LocalDate today, List<OpenTask> openTasks) {
    List<String> actions = new ArrayList<>(stageAndTermActions(o, viewer, today));
    if (viewer == null || openTasks == null || openTasks.isEmpty()) {
      return List.copyOf(actions);
    }
    boolean claimable =
        openTasks.stream()
            .anyMatch(
                t ->
                    t.assignee() == null
                        && offeredTo(t, viewer)
                        && (!ObjectionProcess.TASK_REVIEW.equals(t.key())
                            || o.mayReview(viewer.userName(), viewer.roles()).allowed()));
    boolean ownOrFree =
        openTasks.stream()
            .anyMatch(t -> t.assignee() == null || t.assignee().equals(viewer.userName()));
    if (!ownOrFree) {
      actions.removeIf(TASK_ACTIONS::contains);
    }
    if (claimable) {
      actions.add(CLAIM);
    }
    return List.copyOf(actions);
  }

  private static boolean offeredTo(OpenTask t, Actor viewer) {
    List<String> groups = t.candidateGroups() == null ? List.of() : t.candidateGroups();
    return groups.isEmpty() || viewer.roles().stream().anyMatch(r -> groups.contains(r.name()));
  }

  private static List<String> stageAndTermActions(Objection o, Actor viewer, LocalDate today) {
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
      // a notice of default counts only when given after the deadline (PenaltyPolicy, Awb 4:17):
      // before that day the form is not offered, as the server would refuse it
      if (new NoticeOfDefaultPolicy().once(o.noticeOfDefaultOn()).allowed()
          && new PenaltyPolicy().acceptNotice(o.term().deadline(), today).allowed()) {
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
