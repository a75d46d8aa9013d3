package nl.toeslagen.fraudreview.application;

import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.kernel.Actor;

/**
 * What the viewer may do on one signal now, for the case view's {@code allowedActions}: the names
 * are the operation ids of the API (as {@code GET /api/me} lists them), each decided by the same
 * domain check that would refuse the call: {@link Signal#mayProposeNow} (qualified author, phase
 * open, nothing waiting, the citizen's view before the outcome), the four-eyes rules ({@link
 * Signal#mayReview}), the withdrawal rule ({@link Signal#mayWithdraw}) and the view's moment
 * ({@link Signal#mayRequestZienswijze}, {@link Signal#mayRecordZienswijze}). Whether the viewer's
 * role may call an operation at all is {@code /api/me}'s list; the UI shows a control when both
 * hold.
 */
public final class SignalActions {

  public static final String SUBMIT = "SignalResource_submit";
  public static final String REVIEW = "SignalResource_review";
  public static final String WITHDRAW = "SignalResource_withdraw";
  public static final String REQUEST_ZIENSWIJZE = "SignalResource_requestZienswijze";
  public static final String RECORD_ZIENSWIJZE = "SignalResource_zienswijze";

  private SignalActions() {}

  /** The actions open on {@code s} now for {@code viewer} (none without a viewer). */
  public static List<String> of(Signal s, Actor viewer) {
    List<String> actions = new ArrayList<>();
    if (viewer == null || s.isClosed()) {
      return actions;
    }
    if (s.mayProposeNow(viewer).allowed()) {
      actions.add(SUBMIT);
    }
    Determination waiting = s.awaitingApproval().orElse(null);
    if (waiting != null && s.mayReview(waiting.id(), viewer).allowed()) {
      actions.add(REVIEW);
    }
    if (waiting != null && s.mayWithdraw(waiting.id(), viewer).allowed()) {
      actions.add(WITHDRAW);
    }
    if (s.mayRequestZienswijze(viewer).allowed()) {
      actions.add(REQUEST_ZIENSWIJZE);
    }
    if (s.zienswijze() == null && s.mayRecordZienswijze(viewer).allowed()) {
      actions.add(RECORD_ZIENSWIJZE);
    }
    return actions;
  }
}
