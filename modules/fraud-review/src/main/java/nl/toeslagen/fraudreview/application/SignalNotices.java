package nl.toeslagen.fraudreview.application;

import java.util.Locale;
import nl.toeslagen.fraudreview.domain.Determination;
import nl.toeslagen.fraudreview.domain.RequiredApproverRole;
import nl.toeslagen.fraudreview.domain.Signal;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.NoticeKind;

/**
 * The notices of the fraud review (kernel {@link Notice}): a submitted determination to the role
 * that may approve it ({@link RequiredApproverRole}, the approval task's candidate group; its
 * author does not see it), a rejected one back to its author with the reviewer's reasons
 * summarised.
 */
final class SignalNotices {

  /** The reviewer's reasons are summarised to this length in a notice. */
  static final int REASONS = 200;

  private SignalNotices() {}

  /** What the work list shows of the signal: its number and the benefit, no citizen data. */
  static String caseLabel(Signal s) {
    return s.caseNumber() + " · Signaal " + s.benefitType().labelNl();
  }

  /** The determination waits for a second person with the role that may approve it. */
  static Notice reviewRequested(Signal s, Determination d) {
    return Notice.toRole(
        RequiredApproverRole.of(d.phase(), d.conclusion()),
        NoticeKind.REVIEW_REQUESTED,
        Notice.FRAUD_REVIEW,
        s.id().toString(),
        caseLabel(s),
        "De vaststelling "
            + d.phase().nl()
            + " ("
            + d.conclusion().labelNl().toLowerCase(Locale.ROOT)
            + ") van "
            + d.author()
            + " wacht op goedkeuring door een tweede persoon (vier ogen).",
        d.author());
  }

  /** The reviewer rejected the determination: back to its author. */
  static Notice returned(Signal s, Determination d) {
    String summary = Notice.summary(d.reviewReasons(), REASONS);
    return Notice.toUser(
        d.author(),
        NoticeKind.DRAFT_RETURNED,
        Notice.FRAUD_REVIEW,
        s.id().toString(),
        caseLabel(s),
        d.reviewer()
            + " heeft uw vaststelling "
            + d.phase().nl()
            + " afgewezen."
            + (summary.isEmpty() ? "" : " Reden: " + summary),
        d.reviewer());
  }
}
