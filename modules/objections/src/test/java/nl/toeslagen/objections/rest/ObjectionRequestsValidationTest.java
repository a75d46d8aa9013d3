package nl.toeslagen.objections.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObjectionRequestsValidationTest {

  static ValidatorFactory factory;
  static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  static final LocalDate DECIDED = LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE).minusMonths(1);

  static ObjectionRequests.Intake intake(LocalDate decided, List<String> grounds) {
    return new ObjectionRequests.Intake(
        "111222333",
        "ZORGTOESLAG",
        new ObjectionRequests.ContestedDecisionInput("ZT-1", "DEFINITIEVE_TOEKENNING", decided),
        DECIDED.plusDays(10),
        null,
        grounds,
        "DIGITAAL",
        false);
  }

  static Set<String> paths(Object bean) {
    return validator.validate(bean).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void aValidIntakeHasNoViolations() {
    assertThat(paths(intake(DECIDED, List.of("te laag")))).isEmpty();
  }

  @Test
  void sixtyGroundsOfFourThousandCharactersAreRefusedOnTheList() {
    assertThat(paths(intake(DECIDED, Collections.nCopies(60, "x".repeat(4000)))))
        .containsExactly("grounds");
  }

  @Test
  void aGroundOverFourThousandCharactersIsRefusedOnItsElement() {
    assertThat(paths(intake(DECIDED, List.of("ok", "x".repeat(4001)))))
        .containsExactly("grounds[1].<list element>");
  }

  @Test
  void aContestedDecisionDatedYearZeroIsRefused() {
    assertThat(paths(intake(LocalDate.of(0, 1, 1), List.of("te laag"))))
        .containsExactly("contestedDecision.date");
  }

  @Test
  void aMissingContestedDecisionIsRefusedButNoGroundsAreAcceptedAsAProFormaObjection() {
    var in =
        new ObjectionRequests.Intake(
            null, "ZORGTOESLAG", null, DECIDED, null, List.of(), "DIGITAAL", null);
    assertThat(paths(in)).containsExactlyInAnyOrder("bsn", "contestedDecision");
    assertThat(
            paths(
                new ObjectionRequests.Intake(
                    "123456782",
                    "ZORGTOESLAG",
                    new ObjectionRequests.ContestedDecisionInput("K-1", "TERUGVORDERING", DECIDED),
                    DECIDED,
                    null,
                    null,
                    "DIGITAAL",
                    null)))
        .isEmpty();
  }

  @Test
  void anAddedGroundKeepsTheLimitsOfAGroundAndNeedsItsDateAndSource() {
    LocalDate today = LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE);
    assertThat(paths(new ObjectionRequests.Ground("Inkomen te hoog", today, "WRITTEN"))).isEmpty();
    assertThat(paths(new ObjectionRequests.Ground("x".repeat(4001), today, "WRITTEN")))
        .containsExactly("text");
    assertThat(paths(new ObjectionRequests.Ground(" ", null, null)))
        .containsExactlyInAnyOrder("text", "receivedOn", "source");
    assertThat(paths(new ObjectionRequests.Ground("x", today.plusDays(400), "WRITTEN")))
        .containsExactly("receivedOn");
  }

  @Test
  void aWithdrawalReasonOfTenThousandCharactersIsRefused() {
    assertThat(paths(new ObjectionRequests.Withdrawal("x".repeat(10_000), "TELEPHONE", null)))
        .containsExactly("reason");
    assertThat(paths(new ObjectionRequests.Withdrawal("x".repeat(2000), "TELEPHONE", null)))
        .isEmpty();
  }

  @Test
  void aPostponementToTheYear9999IsRefused() {
    assertThat(paths(new ObjectionRequests.Postponement(LocalDate.of(9999, 12, 31), "ja")))
        .containsExactly("newDeadline");
    assertThat(
            paths(
                new ObjectionRequests.Postponement(
                    LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE).plusMonths(3), "ja")))
        .isEmpty();
  }

  @Test
  void aHearingPlaceOrExtensionReasonsOverTheLimitAreRefused() {
    assertThat(
            paths(
                new ObjectionRequests.HearingPlan(
                    LocalDateTime.now().plusDays(7), "OP_LOCATIE", "x".repeat(10_000), null, null)))
        .containsExactly("place");
    assertThat(paths(new ObjectionRequests.Extension("x".repeat(10_000))))
        .containsExactly("reasons");
  }

  @Test
  void aReviewWithoutApprovalIsRefused() {
    assertThat(paths(new ObjectionRequests.DecisionReview(null, null))).containsExactly("approved");
  }

  @Test
  void answersThatTogetherOverflowTheDecisionRecordAreRefused() {
    var answer = new ObjectionRequests.Answer("g".repeat(4000), false, "r".repeat(4000));
    var draft =
        new ObjectionRequests.Draft(
            "ONGEGROND", "r", Collections.nCopies(3, answer), List.of(), List.of(), null);
    assertThat(paths(draft)).containsExactly("answers");
    var fits =
        new ObjectionRequests.Draft(
            "ONGEGROND", "r", Collections.nCopies(2, answer), List.of(), List.of(), null);
    assertThat(paths(fits)).isEmpty();
  }

  @Test
  void answersOfADraftAreValidatedOneByOne() {
    var draft =
        new ObjectionRequests.Draft(
            "GEGROND",
            "r",
            List.of(new ObjectionRequests.Answer("g", true, "x".repeat(4001))),
            List.of(),
            List.of(),
            null);
    assertThat(paths(draft)).containsExactly("answers[0].reasons");
  }
}
