package nl.toeslagen.objections.application;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.TermChange;
import nl.toeslagen.usecase.api.Change;

/** What follows a change of the decision term: the audit entry, the letter, the timers. */
final class TermChanges {

  private TermChanges() {}

  static void record(
      Change change, ObjectionCases cases, Objection o, String action, LocalDate before) {
    List<TermChange> changes = o.term().changes();
    TermChange last = changes.get(changes.size() - 1);
    String moved =
        last.kind().paragraph()
            + ": "
            + before
            + " -> "
            + last.newDeadline()
            + ". "
            + last.reasons();
    change
        .audit(action, last.kind().basis(), moved, moved)
        .sendLetter(
            ObjectionLetters.termChangeEvent(changes.size(), last.kind()),
            "beslistermijn-" + changes.size() + ".pdf",
            ObjectionLetters.termChange(o, last, change.today()))
        .correlateIfRunning(ObjectionProcess.MESSAGE_DEADLINE_CHANGED, cases.timerVariables(o));
  }
}
