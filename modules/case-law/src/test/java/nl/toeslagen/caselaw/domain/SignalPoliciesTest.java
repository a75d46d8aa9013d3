package nl.toeslagen.caselaw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

/** SignalInputPolicy, SignalThresholdPolicy and SignalFollowUpPolicy, each way they decide. */
class SignalPoliciesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
  private static final SignalCategories CATEGORIES = SignalCategories.load();
  private static final SignalCategories.Category BEJEGENING =
      new SignalCategories.Category("BEJEGENING", "Bejegening", "Treatment", 3, 30);

  private final SignalInputPolicy input = new SignalInputPolicy();

  // ----------------------------------------------------------------------- input

  @Test
  void byHandOnlyComplaintsPhoneTopicsAndLettersAreAccepted() {
    assertThat(input.source("source", "klacht", true)).isEqualTo(SignalSource.KLACHT);
    assertThat(input.source("source", "BRIEF_BURGER", true)).isEqualTo(SignalSource.BRIEF_BURGER);
    assertInvalid(() -> input.source("source", "UITSPRAAK", true), "source");
    assertInvalid(() -> input.source("source", "ONBEKEND", true), "source");
    assertInvalid(() -> input.source("source", null, true), "source");
    assertThat(input.source("source", "UITSPRAAK", false)).isEqualTo(SignalSource.UITSPRAAK);
  }

  @Test
  void theCategoryMustBeInTheData() {
    assertThat(input.category(CATEGORIES, "category", "bejegening").code()).isEqualTo("BEJEGENING");
    assertInvalid(() -> input.category(CATEGORIES, "category", "GEEN_CATEGORIE"), "category");
    assertInvalid(() -> input.category(CATEGORIES, "category", " "), "category");
  }

  @Test
  void theDateIsGivenNotInTheFutureAndAtMostTenYearsBack() {
    assertThat(input.date("date", TODAY, TODAY)).isEqualTo(TODAY);
    assertInvalid(() -> input.date("date", TODAY.plusDays(1), TODAY), "date");
    assertInvalid(() -> input.date("date", TODAY.minusYears(11), TODAY), "date");
    assertInvalid(() -> input.date("date", null, TODAY), "date");
  }

  @Test
  void aCaseLinkNamesBothItsKindAndAValidId() {
    String id = "0b0c0d0e-0000-4000-8000-000000000001";
    assertThat(input.caseId("caseId", id, SignalCaseType.OBJECTION, "caseType")).isEqualTo(id);
    assertThat(input.caseId("caseId", null, null, "caseType")).isNull();
    assertInvalid(
        () -> input.caseId("caseId", null, SignalCaseType.OBJECTION, "caseType"), "caseId");
    assertInvalid(() -> input.caseId("caseId", id, null, "caseType"), "caseType");
    assertInvalid(
        () -> input.caseId("caseId", "not-a-uuid", SignalCaseType.OBJECTION, "caseType"), "caseId");
    assertInvalid(() -> input.caseType("caseType", "DOSSIER"), "caseType");
  }

  @Test
  void theSummaryIsRequiredAndAtMost2000Characters() {
    assertThat(input.summary("summary", "  Lange wachttijd  ")).isEqualTo("Lange wachttijd");
    assertInvalid(() -> input.summary("summary", ""), "summary");
    assertInvalid(() -> input.summary("summary", "x".repeat(2001)), "summary");
  }

  // ----------------------------------------------------------------------- threshold

  @Test
  void belowTheThresholdNothingHappens() {
    var v = new SignalThresholdPolicy().evaluate(BEJEGENING, 2, false);
    assertThat(v.action()).isEqualTo(SignalThresholdPolicy.Action.NONE);
    assertThat(v.decision().allowed()).isFalse();
    assertThat(v.decision().reasonNl()).contains("2 signalen in 30 dagen, drempel 3");
  }

  @Test
  void reachingTheThresholdOpensAnEscalation() {
    var v = new SignalThresholdPolicy().evaluate(BEJEGENING, 3, false);
    assertThat(v.action()).isEqualTo(SignalThresholdPolicy.Action.OPEN);
    assertThat(v.decision().allowed()).isTrue();
    assertThat(v.decision().policy()).isEqualTo(SignalThresholdPolicy.NAME);
  }

  @Test
  void whileOneIsOpenANewSignalJoinsIt() {
    var v = new SignalThresholdPolicy().evaluate(BEJEGENING, 10, true);
    assertThat(v.action()).isEqualTo(SignalThresholdPolicy.Action.JOIN);
  }

  @Test
  void signalsJoiningTheOpenEscalationAreCountedTogetherButNotAfterTheFollowUp() {
    SignalEscalation e = escalation();
    e.joined(4, TODAY.plusDays(2));
    e.joined(0, TODAY);
    assertThat(e.signalCount()).isEqualTo(7);
    assertThat(e.lastSignalOn()).isEqualTo(TODAY.plusDays(2));
    e.recordFollowUp(followUp("Besluit", "Eigenaar", TODAY), Set.of(Role.TEAMLEIDER));
    assertThatThrownBy(() -> e.joined(1, TODAY)).isInstanceOf(IllegalStateException.class);
  }

  // ----------------------------------------------------------------------- follow-up

  @Test
  void aTeamLeaderRecordsTheFollowUpOnce() {
    SignalEscalation e = escalation();
    var decision =
        e.recordFollowUp(
            followUp("Werkinstructie aanpassen", "Team Bejegening", TODAY),
            Set.of(Role.TEAMLEIDER));
    assertThat(decision.allowed()).isTrue();
    assertThat(e.status()).isEqualTo(SignalEscalationStatus.OPGEVOLGD);
    assertThat(e.followUp().owner()).isEqualTo("Team Bejegening");
    assertThatThrownBy(
            () -> e.recordFollowUp(followUp("Nog eens", "X", TODAY), Set.of(Role.TEAMLEIDER)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            ex -> assertThat(ex.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT));
  }

  @Test
  void noOneButATeamLeaderRecordsIt() {
    SignalEscalation e = escalation();
    assertThatThrownBy(
            () ->
                e.recordFollowUp(followUp("Besluit", "Eigenaar", TODAY), Set.of(Role.BEHANDELAAR)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            ex -> assertThat(ex.kind()).isEqualTo(PolicyViolationException.Kind.FORBIDDEN));
    assertThat(e.open()).isTrue();
  }

  @Test
  void aFollowUpNeedsADecisionAnOwnerAndADateNotBeforeTheOpening() {
    SignalEscalation e = escalation();
    Set<Role> leader = Set.of(Role.TEAMLEIDER);
    assertInvalid(() -> e.recordFollowUp(followUp(" ", "Eigenaar", TODAY), leader), "decision");
    assertInvalid(() -> e.recordFollowUp(followUp("Besluit", "", TODAY), leader), "owner");
    assertInvalid(
        () -> e.recordFollowUp(followUp("Besluit", "Eigenaar", TODAY.minusDays(1)), leader),
        "date");
    assertThat(e.open()).isTrue();
  }

  private static SignalEscalation escalation() {
    return SignalEscalation.open(
        SignalEscalationId.generate(),
        new CaseNumber("SE", 2026, 1),
        BEJEGENING,
        3,
        TODAY,
        Instant.parse("2026-03-10T10:00:00Z"));
  }

  private static SignalFollowUp followUp(String decision, String owner, LocalDate date) {
    return new SignalFollowUp(decision, owner, date, "teamleider1", Instant.now());
  }

  private static void assertInvalid(Runnable action, String field) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            ex -> {
              assertThat(ex.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(ex.field()).isEqualTo(field);
            });
  }
}
