package nl.toeslagen.fraudreview.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignalCommandsValidationTest {

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

  static Set<String> paths(Object bean) {
    return validator.validate(bean).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  static SignalCommands.RegisterSignal signal(
      String description, String legalBasis, LocalDate retention) {
    return new SignalCommands.RegisterSignal(
        "111222333", "ZORGTOESLAG", "TIP", description, legalBasis, retention);
  }

  @Test
  void aValidSignalHasNoViolations() {
    assertThat(
            paths(
                signal(
                    "d",
                    "AVG art. 6",
                    LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE).plusYears(5))))
        .isEmpty();
  }

  @Test
  void aDescriptionOverFourThousandCharactersIsRefused() {
    assertThat(paths(signal("d".repeat(4001), "b", null))).containsExactly("description");
  }

  @Test
  void aLegalBasisOfThreeHundredCharactersIsRefused() {
    assertThat(paths(signal("d", "b".repeat(300), null))).containsExactly("legalBasis");
  }

  @Test
  void aRetentionDateInTheYear999999999IsRefused() {
    assertThat(paths(signal("d", "b", LocalDate.MAX))).containsExactly("retentionDate");
  }

  @Test
  void factsAndReferencesFitTheirColumns() {
    var tooMany =
        new SignalCommands.SubmitDetermination(
            "RELEVANTIE",
            "RELEVANT",
            "r",
            Collections.nCopies(21, "f"),
            List.of("x".repeat(91)),
            null,
            null);
    assertThat(paths(tooMany))
        .containsExactlyInAnyOrder("facts", "legalReferences[0].<list element>");
    int worst = SignalCommands.MAX_FACTS * (SignalCommands.MAX_FACT + 1);
    assertThat(worst).isLessThanOrEqualTo(4000);
    assertThat(SignalCommands.MAX_REFERENCES * (SignalCommands.MAX_REFERENCE + 1))
        .isLessThanOrEqualTo(1000);
  }

  @Test
  void aFineOverAHundredPercentOrWithAFutureEarlierFineIsRefused() {
    var fine =
        new SignalCommands.Fine(
            100L, 101, LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE).plusDays(1), false, null);
    var d =
        new SignalCommands.SubmitDetermination(
            "ONDERZOEK", "OPZET_OF_GROVE_SCHULD", "r", List.of(), List.of(), null, fine);
    assertThat(paths(d)).containsExactlyInAnyOrder("fine.percentage", "fine.previousFineDate");
  }
}
