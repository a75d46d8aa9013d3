package nl.toeslagen.caselaw.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.CaseNumber;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.LegalCalendar;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;

/** The appeal aggregate and its named policies. */
class AppealTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 2); // a Monday
  static final LocalDate DECIDED = LocalDate.of(2026, 1, 15);
  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final LegalCalendar CALENDAR = LegalCalendar.standard();
  static final Actor HANDLER = Actor.of("behandelaar2", Role.BEHANDELAAR);

  static AppealedDecision decided() {
    return new AppealedDecision(
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        "BZ-2026-000001",
        true,
        "DECIDED",
        DECIDED,
        Set.of("behandelaar1"),
        Set.of("vaktechniek1"));
  }

  static Appeal lodge(AppealLevel level, String court, LocalDate lodgedOn) {
    return Appeal.lodge(
        AppealId.generate(),
        new CaseNumber("BR", 2026, 1),
        decided(),
        level,
        court,
        "SGR 26/1234",
        lodgedOn,
        AppealAppellant.BURGER,
        null,
        null,
        HANDLER,
        NOW,
        TODAY,
        CALENDAR);
  }

  @Test
  void aBeroepAtADistrictCourtGoesToTheStatementOfDefenceDueInFourWeeks() {
    Appeal a = lodge(AppealLevel.BEROEP, "RBDHA", LocalDate.of(2026, 2, 2));
    assertThat(a.status()).isEqualTo(AppealStatus.STATEMENT_OF_DEFENCE);
    assertThat(a.defenceDueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(a.checkDueOn()).isNull();
    assertThat(a.deadline()).isEqualTo(a.defenceDueOn());
  }

  @Test
  void aTermEndingOnASundayEndsOnTheNextWorkingDay() {
    // 2026-02-01 is a Sunday; four weeks later is Sunday 2026-03-01
    Appeal a = lodge(AppealLevel.BEROEP, "RBDHA", LocalDate.of(2026, 2, 1));
    assertThat(a.defenceDueOn()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void anUndecidedObjectionCannotBeAppealedNamingTheObjection() {
    AppealedDecision open =
        new AppealedDecision("x", "BZ-2026-000002", false, "DRAFTING", null, Set.of(), Set.of());
    assertThatThrownBy(
            () ->
                new AppealAdmissibilityPolicy()
                    .enforce(open, AppealLevel.BEROEP, "RBDHA", TODAY, TODAY))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
              assertThat(e.field()).isEqualTo("objectionId");
              assertThat(e.decision().reasonNl()).contains("nog niet beslist");
            });
    AppealedDecision withdrawn =
        new AppealedDecision("x", "BZ-2026-000002", false, "WITHDRAWN", null, Set.of(), Set.of());
    assertThat(new AppealAdmissibilityPolicy().objection(withdrawn).reasonNl())
        .contains("ingetrokken");
  }

  @Test
  void theCourtMustFitTheLevel() {
    AppealAdmissibilityPolicy p = new AppealAdmissibilityPolicy();
    assertThat(p.court(AppealLevel.HOGER_BEROEP, "RVS").allowed()).isTrue();
    assertThat(p.court(AppealLevel.HOGER_BEROEP, "RBDHA").refused()).isTrue();
    assertThat(p.court(AppealLevel.BEROEP, "RBAMS").allowed()).isTrue();
    assertThat(p.court(AppealLevel.BEROEP, "RVS").refused()).isTrue();
    assertThat(p.court(AppealLevel.BEROEP, "CRVB").refused()).isTrue();
    assertThatThrownBy(() -> lodge(AppealLevel.HOGER_BEROEP, "RBDHA", TODAY))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("court"));
  }

  @Test
  void theDayOfLodgingIsNeitherFutureNorBeforeTheDecision() {
    assertThatThrownBy(() -> lodge(AppealLevel.BEROEP, "RBDHA", TODAY.plusDays(1)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("lodgedOn"));
    assertThatThrownBy(() -> lodge(AppealLevel.BEROEP, "RBDHA", DECIDED.minusDays(1)))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("lodgedOn"));
  }

  @Test
  void aHigherAppealIsCheckedFirstWithinSixWeeks() {
    Appeal a = lodge(AppealLevel.HOGER_BEROEP, "RVS", LocalDate.of(2026, 2, 2));
    assertThat(a.status()).isEqualTo(AppealStatus.PROFESSIONAL_LINE_CHECK);
    assertThat(a.checkDueOn()).isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(a.awaitsRuling()).isFalse();
  }

  @Test
  void theCheckIsFourEyes() {
    Appeal a = lodge(AppealLevel.HOGER_BEROEP, "RVS", TODAY);
    AppealProfessionalLineCheckPolicy p = new AppealProfessionalLineCheckPolicy();
    assertThat(
            p.evaluate(a, Actor.of("behandelaar1", Role.VAKTECHNIEK, Role.BEHANDELAAR)).refused())
        .as("drafter")
        .isTrue();
    assertThat(p.evaluate(a, Actor.of("vaktechniek1", Role.VAKTECHNIEK)).refused())
        .as("reviewer")
        .isTrue();
    assertThat(
            p.evaluate(a, Actor.of("behandelaar2", Role.VAKTECHNIEK, Role.BEHANDELAAR)).refused())
        .as("registered the appeal")
        .isTrue();
    assertThat(p.evaluate(a, Actor.of("teamleider1", Role.TEAMLEIDER)).refused())
        .as("not the professional line")
        .isTrue();
    assertThat(p.evaluate(a, Actor.of("vaktechniek2", Role.VAKTECHNIEK)).allowed()).isTrue();
    assertThat(p.excluded(a))
        .containsExactlyInAnyOrder("behandelaar1", "vaktechniek1", "behandelaar2");

    assertThatThrownBy(
            () ->
                a.recordCheck(
                    false,
                    null,
                    "Principiële vraag.",
                    Actor.of("vaktechniek1", Role.VAKTECHNIEK),
                    NOW))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.FORBIDDEN));
    assertThat(a.status()).isEqualTo(AppealStatus.PROFESSIONAL_LINE_CHECK);
  }

  @Test
  void aSolvableCheckSettlesTheAppealAndAnotherContinuesIt() {
    Actor checker = Actor.of("vaktechniek2", Role.VAKTECHNIEK);
    Appeal settled = lodge(AppealLevel.HOGER_BEROEP, "RVS", TODAY);
    assertThatThrownBy(() -> settled.recordCheck(true, AppealSolution.GEEN, "x", checker, NOW))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("solution"));
    assertThatThrownBy(() -> settled.recordCheck(true, AppealSolution.SCHIKKING, " ", checker, NOW))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("reasons"));
    settled.recordCheck(
        true, AppealSolution.SCHIKKING, "Burger krijgt gelijk op inkomen.", checker, NOW);
    assertThat(settled.status()).isEqualTo(AppealStatus.OPGELOST);
    assertThat(settled.closedAt()).isEqualTo(NOW);

    Appeal goesOn = lodge(AppealLevel.HOGER_BEROEP, "RVS", TODAY);
    goesOn.recordCheck(false, null, "Principiële rechtsvraag over art. 26 Awir.", checker, NOW);
    assertThat(goesOn.status()).isEqualTo(AppealStatus.STATEMENT_OF_DEFENCE);
    assertThat(goesOn.check().solution()).isEqualTo(AppealSolution.GEEN);
  }

  @Test
  void defenceHearingAndRulingCloseTheAppeal() {
    Appeal a = lodge(AppealLevel.BEROEP, "RBDHA", LocalDate.of(2026, 2, 2));
    assertThatThrownBy(() -> a.recordDefence(TODAY.plusDays(1), "Verweer", HANDLER, NOW, TODAY))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("sentOn"));
    assertThatThrownBy(() -> a.recordHearing(TODAY, "x", HANDLER, NOW, TODAY))
        .isInstanceOf(ConflictException.class);
    a.recordDefence(TODAY, "Het inkomen is juist vastgesteld.", HANDLER, NOW, TODAY);
    assertThat(a.status()).isEqualTo(AppealStatus.HEARING);
    a.skipHearing("De rechtbank doet uitspraak zonder zitting (Awb 8:57).", HANDLER, NOW);
    assertThat(a.status()).isEqualTo(AppealStatus.AWAITING_RULING);
    assertThatThrownBy(
            () ->
                a.recordRuling(
                    "r",
                    "ECLI:NL:RBDHA:2026:90001",
                    LocalDate.of(2026, 1, 1),
                    "GEWONNEN",
                    HANDLER,
                    NOW))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("date"));
    a.recordRuling("r", "ECLI:NL:RBDHA:2026:90001", TODAY, "GEWONNEN", HANDLER, NOW);
    assertThat(a.status()).isEqualTo(AppealStatus.UITSPRAAK);
    assertThat(a.ruling().ecli()).isEqualTo("ECLI:NL:RBDHA:2026:90001");
    assertThatThrownBy(
            () -> a.recordRuling("r2", "ECLI:NL:RBDHA:2026:90002", TODAY, "VERLOREN", HANDLER, NOW))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void theStateRoundTrips() {
    Appeal a = lodge(AppealLevel.BEROEP, "RBDHA", TODAY);
    a.recordDefence(TODAY, "Verweer.", HANDLER, NOW, TODAY);
    Appeal b = new Appeal(a.state());
    assertThat(b.state()).isEqualTo(a.state());
  }

  @Test
  void inputCodesAreKnownOrRefusedNamingTheField() {
    assertThatThrownBy(() -> new AppealInputPolicy().code(AppealLevel.class, "level", "CASSATIE"))
        .isInstanceOfSatisfying(
            PolicyViolationException.class, e -> assertThat(e.field()).isEqualTo("level"));
    assertThat(new AppealInputPolicy().code(AppealLevel.class, "level", " hoger_beroep "))
        .isEqualTo(AppealLevel.HOGER_BEROEP);
  }

  @Test
  void anEarlierAppealMustBeABeroepOnTheSameObjection() {
    AppealAdmissibilityPolicy p = new AppealAdmissibilityPolicy();
    assertThat(p.previousAppeal(AppealLevel.HOGER_BEROEP, "o", "o", AppealLevel.BEROEP).allowed())
        .isTrue();
    assertThat(p.previousAppeal(AppealLevel.HOGER_BEROEP, "o", "p", AppealLevel.BEROEP).refused())
        .isTrue();
    assertThat(p.previousAppeal(AppealLevel.HOGER_BEROEP, "o", null, null).refused()).isTrue();
    assertThat(p.previousAppeal(AppealLevel.BEROEP, "o", "o", AppealLevel.BEROEP).refused())
        .isTrue();
  }
}
