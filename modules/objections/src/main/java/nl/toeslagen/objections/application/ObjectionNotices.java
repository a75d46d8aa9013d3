package nl.toeslagen.objections.application;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.workflow.api.TaskView;

/**
 * The notices objection handling sends (kernel {@link Notice}): who gets them and what they say.
 * The review of a draft goes to the reviewing role (VAKTECHNIEK, the candidate group of the review
 * task), a returned draft to its author, the deadline reminder to whoever holds each open task (the
 * task's candidate groups while nobody does), the escalation and the missed deadline to the team
 * managers.
 */
final class ObjectionNotices {

  /** Reviewer's remarks are summarised to this length in a notice. */
  static final int REMARKS = 200;

  private static final DateTimeFormatter DUTCH_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

  private ObjectionNotices() {}

  /** The draft of {@code author} waits for four-eyes review by the role that reviews it. */
  static Notice reviewRequested(Objection o, String author) {
    return Notice.toRole(
        Role.VAKTECHNIEK,
        NoticeKind.REVIEW_REQUESTED,
        Notice.OBJECTIONS,
        o.id().toString(),
        ObjectionCases.caseLabel(o),
        "Het ontwerp van de beslissing op bezwaar ("
            + o.decision().outcome().labelNl().toLowerCase(Locale.ROOT)
            + ") van "
            + author
            + " wacht op uw beoordeling (vier ogen).",
        author);
  }

  /** The reviewer rejected the draft: back to its author, with the remarks summarised. */
  static Notice draftReturned(Objection o, String reviewer, String remarks) {
    String summary = Notice.summary(remarks, REMARKS);
    return Notice.toUser(
        o.decision().preparedBy(),
        NoticeKind.DRAFT_RETURNED,
        Notice.OBJECTIONS,
        o.id().toString(),
        ObjectionCases.caseLabel(o),
        reviewer
            + " heeft uw ontwerp van de beslissing teruggestuurd."
            + (summary.isEmpty() ? "" : " Opmerkingen: " + summary),
        reviewer);
  }

  /**
   * Ten working days before the deadline: one notice to each assignee of an open task, one to each
   * candidate group of an unassigned task; to the handlers (BEHANDELAAR) when no task is open.
   */
  static List<Notice> reminders(Objection o, List<TaskView> openTasks) {
    String text =
        "Nog 10 werkdagen tot de uiterste beslisdatum van "
            + date(o.term().deadline())
            + ". Rond de zaak op tijd af.";
    Set<String> users = new LinkedHashSet<>();
    Set<Role> roles = new LinkedHashSet<>();
    for (TaskView t : openTasks) {
      if (t.assignee() != null && !t.assignee().isBlank()) {
        users.add(t.assignee());
      } else if (t.candidateGroups() != null) {
        t.candidateGroups().stream().map(ObjectionNotices::role).forEach(roles::add);
      }
    }
    roles.remove(null);
    if (users.isEmpty() && roles.isEmpty()) {
      roles.add(Role.BEHANDELAAR);
    }
    List<Notice> notices = new ArrayList<>();
    String id = o.id().toString();
    String label = ObjectionCases.caseLabel(o);
    users.forEach(
        u ->
            notices.add(
                Notice.toUser(
                    u, NoticeKind.DEADLINE_REMINDER, Notice.OBJECTIONS, id, label, text, null)));
    roles.forEach(
        r ->
            notices.add(
                Notice.toRole(
                    r, NoticeKind.DEADLINE_REMINDER, Notice.OBJECTIONS, id, label, text, null)));
    return notices;
  }

  /** Five working days before the deadline: to the team managers. */
  static Notice escalation(Objection o) {
    return Notice.toRole(
        Role.TEAMLEIDER,
        NoticeKind.DEADLINE_ESCALATION,
        Notice.OBJECTIONS,
        o.id().toString(),
        ObjectionCases.caseLabel(o),
        "Nog 5 werkdagen tot de uiterste beslisdatum van "
            + date(o.term().deadline())
            + " en er is nog niet beslist.",
        null);
  }

  /** The deadline passed while the case is open: to the team managers (repeated weekly). */
  static Notice deadlinePassed(Objection o) {
    return Notice.toRole(
        Role.TEAMLEIDER,
        NoticeKind.DEADLINE_PASSED,
        Notice.OBJECTIONS,
        o.id().toString(),
        ObjectionCases.caseLabel(o),
        "De uiterste beslisdatum van "
            + date(o.term().deadline())
            + " is verstreken en de zaak is nog open.",
        null);
  }

  static String date(LocalDate date) {
    return DUTCH_DATE.format(date);
  }

  private static Role role(String group) {
    try {
      return Role.valueOf(group);
    } catch (IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
