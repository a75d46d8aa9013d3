package nl.toeslagen.objections.application;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.objections.domain.ContactOutcome;
import nl.toeslagen.objections.domain.DecisionOutcome;
import nl.toeslagen.objections.domain.GroundAnswer;
import nl.toeslagen.objections.domain.Hearing;
import nl.toeslagen.objections.domain.HearingMode;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionFixtures;
import nl.toeslagen.workflow.api.TaskView;
import org.junit.jupiter.api.Test;

/** Who gets the notices of objection handling, and that they carry no citizen data. */
class ObjectionNoticesTest {

  private static final String BSN = "111222333";

  @Test
  void aDraftForReviewGoesToTheProfessionalLineNotToItsAuthorAndNamesTheCase() {
    Objection o = inReview();
    Notice n = ObjectionNotices.reviewRequested(o, "behandelaar1");

    assertThat(n.recipientRole()).isEqualTo(Role.VAKTECHNIEK);
    assertThat(n.recipientUser()).isNull();
    assertThat(n.sender()).isEqualTo("behandelaar1");
    assertThat(n.kind()).isEqualTo(NoticeKind.REVIEW_REQUESTED);
    assertThat(n.workflow()).isEqualTo(Notice.OBJECTIONS);
    assertThat(n.caseId()).isEqualTo(o.id().toString());
    assertThat(n.caseLabel())
        .isEqualTo("BZ-2024-000001 · Bezwaar kinderopvangtoeslag TS-2024-0001")
        .isEqualTo(ObjectionCases.taskListVariables(o).asMap().get("caseLabel"));
    assertThat(n.textNl()).contains("ongegrond", "behandelaar1", "vier ogen");
    assertThat(n.textNl() + n.caseLabel()).doesNotContain(BSN);
  }

  @Test
  void aReturnedDraftGoesToItsAuthorWithTheRemarksSummarised() {
    Objection o = inReview();
    o.review(
        Actor.of("vaktechniek1", Role.VAKTECHNIEK),
        false,
        "Motiveer  de\nuren. " + "x".repeat(400));
    Notice n = ObjectionNotices.draftReturned(o, "vaktechniek1", o.reviewRemarks());

    assertThat(n.recipientUser()).isEqualTo("behandelaar1");
    assertThat(n.recipientRole()).isNull();
    assertThat(n.kind()).isEqualTo(NoticeKind.DRAFT_RETURNED);
    assertThat(n.sender()).isEqualTo("vaktechniek1");
    assertThat(n.textNl())
        .contains("vaktechniek1", "Opmerkingen: Motiveer de uren. xxx")
        .endsWith("…");
    assertThat(n.textNl().length()).isLessThan(300);
  }

  @Test
  void theReminderGoesToWhoeverHoldsTheTaskOrElseToItsGroupAndTheEscalationToTheManagers() {
    Objection o = inReview();
    TaskView held = task("behandelaar2", List.of("BEHANDELAAR"));
    TaskView open = task(null, List.of("VAKTECHNIEK"));

    assertThat(ObjectionNotices.reminders(o, List.of(held)))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.recipientUser()).isEqualTo("behandelaar2");
              assertThat(n.kind()).isEqualTo(NoticeKind.DEADLINE_REMINDER);
              assertThat(n.sender()).isEqualTo(Actor.SYSTEM_USER);
              assertThat(n.textNl())
                  .contains("10 werkdagen", ObjectionNotices.date(o.term().deadline()));
            });
    assertThat(ObjectionNotices.reminders(o, List.of(open)))
        .singleElement()
        .satisfies(n -> assertThat(n.recipientRole()).isEqualTo(Role.VAKTECHNIEK));
    assertThat(ObjectionNotices.reminders(o, List.of(held, open)))
        .extracting(n -> n.recipientUser() + "/" + n.recipientRole())
        .containsExactly("behandelaar2/null", "null/VAKTECHNIEK");
    assertThat(ObjectionNotices.reminders(o, List.of()))
        .singleElement()
        .satisfies(n -> assertThat(n.recipientRole()).isEqualTo(Role.BEHANDELAAR));

    assertThat(ObjectionNotices.escalation(o).recipientRole()).isEqualTo(Role.TEAMLEIDER);
    assertThat(ObjectionNotices.escalation(o).kind()).isEqualTo(NoticeKind.DEADLINE_ESCALATION);
    assertThat(ObjectionNotices.deadlinePassed(o).recipientRole()).isEqualTo(Role.TEAMLEIDER);
    assertThat(ObjectionNotices.deadlinePassed(o).kind()).isEqualTo(NoticeKind.DEADLINE_PASSED);
    assertThat(ObjectionNotices.date(parse("2024-05-06"))).isEqualTo("6 mei 2024");
  }

  private static TaskView task(String assignee, List<String> groups) {
    return new TaskView(
        "t",
        "Taak",
        "DraftDecisionTask",
        ObjectionProcess.PROCESS_KEY,
        "case",
        assignee,
        groups,
        null,
        null,
        Map.of());
  }

  private static Objection inReview() {
    Objection o = ObjectionFixtures.received();
    o.assessAdmissibility(Set.of(), null, parse("2024-02-12"));
    o.recordContact(new ContactOutcome(parse("2024-02-13"), true, "Horen", false, false));
    o.scheduleHearing(
        Hearing.scheduled(
            LocalDateTime.parse("2024-03-01T10:30"), HearingMode.OP_LOCATIE, "Utrecht"),
        parse("2024-02-16"));
    o.recordHearingReport("Verslag van het gesprek", parse("2024-03-01"));
    o.draftDecision(
        DecisionOutcome.ONGEGROND,
        "Het inkomen en de uren kloppen.",
        List.of(
            new GroundAnswer("Inkomen te hoog", false, "Uw inkomen is juist vastgesteld."),
            new GroundAnswer("Uren opvang kloppen niet", false, "De uren komen uit het contract.")),
        List.of(Laws.awir("16")),
        List.of(),
        null,
        "behandelaar1",
        parse("2024-03-20"));
    return o;
  }
}
