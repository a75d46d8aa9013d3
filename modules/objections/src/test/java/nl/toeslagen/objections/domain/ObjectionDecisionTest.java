package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Ecli;
import nl.toeslagen.kernel.Laws;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.Money;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;

class ObjectionDecisionTest {

  static final List<String> GROUNDS = List.of("Inkomen te hoog", "Partner verkeerd");
  static final List<LegalReference> REFS = List.of(Laws.awir("26"));
  static final Hearing HELD =
      Hearing.scheduled(
              LocalDateTime.parse("2024-03-10T10:00"), HearingMode.TELEFONISCH, "06-12345678")
          .held("Bezwaarmaker lichtte toe dat ...");
  static final CitizenEffect EFFECT =
      new CitizenEffect(
          Money.ofCents(120_00), true, Money.ofCents(450_00), "Terugvordering vervalt.");

  private static ObjectionDecision draft(
      DecisionOutcome outcome, List<GroundAnswer> answers, Hearing hearing, CitizenEffect effect) {
    return ObjectionDecision.draft(
        GROUNDS,
        hearing,
        outcome,
        "Motivering",
        answers,
        REFS,
        List.of(Ecli.parse("ECLI:NL:RVS:2021:2036")),
        effect,
        "behandelaar1",
        parse("2024-03-20"));
  }

  private static List<GroundAnswer> answers(boolean first, boolean second) {
    return List.of(
        new GroundAnswer(
            "Inkomen te hoog", first, "Het inkomen volgens de Belastingdienst is lager."),
        new GroundAnswer("Partner verkeerd", second, "De partner staat juist geregistreerd."));
  }

  /**
   * Refused as invalid input (400) on {@code field}: plain input checks as a ValidationException,
   * the legal rules as a named policy's refusal of kind INVALID.
   */
  private static void assertRefused(Runnable r, String field) {
    assertThatThrownBy(r::run)
        .satisfies(
            e -> {
              if (e instanceof PolicyViolationException p) {
                assertThat(p.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
                assertThat(p.field()).isEqualTo(field);
                assertThat(p.decision().policy())
                    .isIn(DecisionReasoningPolicy.NAME, HearingBeforeDecisionPolicy.NAME);
              } else {
                assertThat(e).isInstanceOf(ValidationException.class);
                assertThat(((ValidationException) e).field()).isEqualTo(field);
              }
            });
  }

  @Test
  void partlyGroundedDecisionAnswersEveryGroundAndStatesWhatChanges() {
    ObjectionDecision d =
        draft(DecisionOutcome.GEDEELTELIJK_GEGROND, answers(true, false), HELD, EFFECT);
    assertThat(d.answers()).hasSize(2);
    assertThat(d.effect().newAmount()).isEqualTo(Money.ofCents(120_00));
    assertThat(d.caseLaw()).extracting(Ecli::value).containsExactly("ECLI:NL:RVS:2021:2036");
    assertThat(d.hearingSkipReason()).isNull();
  }

  @Test
  void refusesAnUnansweredGround() {
    assertRefused(
        () -> draft(DecisionOutcome.ONGEGROND, answers(false, false).subList(0, 1), HELD, null),
        "answers");
  }

  @Test
  void refusesAnAnswerWithoutReasons() {
    assertRefused(
        () ->
            draft(
                DecisionOutcome.ONGEGROND,
                List.of(
                    new GroundAnswer("Inkomen te hoog", false, " "), answers(false, false).get(1)),
                HELD,
                null),
        "answers");
  }

  @Test
  void refusesAnOutcomeThatContradictsTheAnswers() {
    assertRefused(
        () -> draft(DecisionOutcome.GEGROND, answers(true, false), HELD, EFFECT), "outcome");
    assertRefused(
        () -> draft(DecisionOutcome.ONGEGROND, answers(true, false), HELD, null), "outcome");
    assertRefused(
        () -> draft(DecisionOutcome.GEDEELTELIJK_GEGROND, answers(true, true), HELD, EFFECT),
        "outcome");
  }

  @Test
  void groundedDecisionMustStateWhatChangesForTheCitizen() {
    assertRefused(() -> draft(DecisionOutcome.GEGROND, answers(true, true), HELD, null), "effect");
  }

  @Test
  void refusesADraftBeforeTheHearingReport() {
    Hearing planned =
        Hearing.scheduled(
            LocalDateTime.parse("2024-03-10T10:00"), HearingMode.OP_LOCATIE, "Utrecht");
    assertRefused(
        () -> draft(DecisionOutcome.ONGEGROND, answers(false, false), planned, null), "hearing");
    assertRefused(
        () -> draft(DecisionOutcome.ONGEGROND, answers(false, false), null, null), "hearing");
  }

  @Test
  void skippedHearingIsStatedInTheDecisionAndMustFitTheOutcome() {
    Hearing waived = Hearing.skipped(HearingSkipReason.C_AFSTAND_GEDAAN, "Telefonisch afgezien");
    ObjectionDecision d = draft(DecisionOutcome.ONGEGROND, answers(false, false), waived, null);
    assertThat(d.hearingSkipReason()).isEqualTo(HearingSkipReason.C_AFSTAND_GEDAAN);
    assertThat(d.hearingSkipReason().statementNl()).contains("artikel 7:3, onder c");

    Hearing fullyGranted =
        Hearing.skipped(HearingSkipReason.E_VOLLEDIG_TEGEMOETGEKOMEN, "Volledig gegrond");
    assertRefused(
        () -> draft(DecisionOutcome.ONGEGROND, answers(false, false), fullyGranted, null),
        "outcome");
  }

  @Test
  void notAdmissibleDecisionNeedsNoAnswersButReasonsAndABasis() {
    Hearing skipped = Hearing.skipped(HearingSkipReason.A_KENNELIJK_NIET_ONTVANKELIJK, "Te laat");
    ObjectionDecision d = draft(DecisionOutcome.NIET_ONTVANKELIJK, List.of(), skipped, null);
    assertThat(d.outcome()).isEqualTo(DecisionOutcome.NIET_ONTVANKELIJK);
    assertRefused(
        () ->
            ObjectionDecision.draft(
                GROUNDS,
                skipped,
                DecisionOutcome.NIET_ONTVANKELIJK,
                "x",
                List.of(),
                List.of(),
                List.of(),
                null,
                "b",
                parse("2024-03-20")),
        "legalReferences");
  }

  @Test
  void withdrawalIsNeverDrafted() {
    assertRefused(() -> draft(DecisionOutcome.INGETROKKEN, List.of(), HELD, null), "outcome");
  }

  @Test
  void hearingSkipNeedsAReasonOf73() {
    assertRefused(() -> Hearing.skipped(null, "geen zin"), "skipReason");
    assertRefused(() -> Hearing.skipped(HearingSkipReason.D_GEEN_REACTIE, ""), "explanation");
  }

  @Test
  void reviewIsRequiredForEverythingButFullyGrantedOrWithdrawn() {
    DecisionReviewPolicy policy = new DecisionReviewPolicy();
    assertThat(policy.requiresReview(DecisionOutcome.GEGROND)).isFalse();
    assertThat(policy.requiresReview(DecisionOutcome.INGETROKKEN)).isFalse();
    assertThat(policy.requiresReview(DecisionOutcome.ONGEGROND)).isTrue();
    assertThat(policy.requiresReview(DecisionOutcome.GEDEELTELIJK_GEGROND)).isTrue();
    assertThat(policy.requiresReview(DecisionOutcome.NIET_ONTVANKELIJK)).isTrue();
  }

  @Test
  void reviewerMustHoldVaktechniekAndNotBeThePreparer() {
    DecisionReviewPolicy policy = new DecisionReviewPolicy();
    ObjectionDecision d = draft(DecisionOutcome.ONGEGROND, answers(false, false), HELD, null);

    List<CaseStep> steps =
        List.of(new CaseStep(CaseStep.Kind.DRAFT, d.preparedBy(), d.preparedOn(), 1));

    PolicyDecision self =
        policy.evaluate(d, steps, Actor.of(d.preparedBy(), Role.BEHANDELAAR, Role.VAKTECHNIEK));
    assertThat(self.allowed()).isFalse();
    assertThat(self.reasonEn()).contains("took an earlier step").contains("DRAFT 1");

    PolicyDecision noRole = policy.evaluate(d, steps, Actor.of("behandelaar2", Role.BEHANDELAAR));
    assertThat(noRole.allowed()).isFalse();
    assertThat(noRole.reasonNl()).contains("VAKTECHNIEK");

    PolicyDecision ok = policy.evaluate(d, steps, Actor.of("vaktechniek1", Role.VAKTECHNIEK));
    assertThat(ok.allowed()).isTrue();
    assertThat(ok.policy()).isEqualTo("DecisionReviewPolicy");
  }
}
