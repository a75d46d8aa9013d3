package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import nl.toeslagen.objections.rest.ObjectionRequests;
import nl.toeslagen.objections.rest.TermsResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConstraintViolationMapperTest {

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

  static JsonObject problem(Object bean) {
    JsonObject p =
        new ConstraintViolationMapper()
            .problem(new ConstraintViolationException(validator.validate(bean)));
    assertThat(p.getInt("status")).isEqualTo(400);
    assertThat(p.getString("detailNl")).isNotBlank();
    assertThat(p.getString("detailEn")).isNotBlank();
    return p;
  }

  static ObjectionRequests.Intake intake(LocalDate decided, List<String> grounds) {
    return new ObjectionRequests.Intake(
        "111222333",
        "ZORGTOESLAG",
        new ObjectionRequests.ContestedDecisionInput("ZT-1", "BOETE", decided),
        LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE),
        null,
        grounds,
        "DIGITAAL",
        false);
  }

  @Test
  void aTooLongGroundIsNamedByItsIndexInBothLanguages() {
    JsonObject p =
        problem(
            intake(
                LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE), List.of("a", "x".repeat(4001))));
    assertThat(p.getString("field")).isEqualTo("grounds[1]");
    assertThat(p.getString("detailNl")).contains("hoogstens 4000 tekens");
    assertThat(p.getString("detailEn")).contains("at most 4000 characters");
  }

  @Test
  void everyInvalidFieldIsListedAtOnceSoAFormCanShowThemAll() {
    ObjectionRequests.Intake bad =
        new ObjectionRequests.Intake(
            "",
            " ",
            new ObjectionRequests.ContestedDecisionInput("ZT-1", "BOETE", null),
            LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE),
            null,
            List.of("a"),
            "DIGITAAL",
            false);
    JsonObject p = problem(bad);
    var fields =
        p.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .toList();
    assertThat(fields).contains("bsn", "benefitType", "contestedDecision.date").isSorted();
    assertThat(fields).doesNotHaveDuplicates();
    assertThat(p.getString("field")).isEqualTo(fields.get(0));
    p.getJsonArray("errors")
        .getValuesAs(JsonObject.class)
        .forEach(
            e -> {
              assertThat(e.getString("detailNl")).isNotBlank();
              assertThat(e.getString("detailEn")).isNotBlank();
            });
  }

  @Test
  void tooManyGroundsAreNamedByTheList() {
    JsonObject p =
        problem(
            intake(
                LocalDate.now(nl.toeslagen.kernel.DateRange.ZONE), Collections.nCopies(60, "x")));
    assertThat(p.getString("field")).isEqualTo("grounds");
    assertThat(p.getString("detailEn")).contains("at most 20 values");
  }

  @Test
  void anImplausibleDateNamesItsRule() {
    JsonObject p = problem(intake(LocalDate.of(0, 1, 1), List.of("a")));
    assertThat(p.getString("field")).isEqualTo("contestedDecision.date");
    assertThat(p.getString("detailNl")).contains("2006");
    assertThat(p.getString("detailEn")).contains("Awir");
  }

  @Test
  void aPropertyOfAListElementIsNamedWithTheIndex() {
    var draft =
        new ObjectionRequests.Draft(
            "GEGROND",
            "r",
            List.of(
                new ObjectionRequests.Answer("g", true, "ok"),
                new ObjectionRequests.Answer("g", true, "x".repeat(4001))),
            null,
            null,
            null);
    assertThat(problem(draft).getString("field")).isEqualTo("answers[1].reasons");
  }

  @Test
  void aUserWithALongDisplayNameOrABadUserNameIsRefusedNamingTheField() {
    var longName =
        new UserResource.NewUser(
            "nieuw1", "x".repeat(10_000), "geheim-wachtwoord", List.of("BEHANDELAAR"), "t");
    assertThat(problem(longName).getString("field")).isEqualTo("displayName");
    var longTeam =
        new UserResource.NewUser(
            "nieuw1", "N", "geheim-wachtwoord", List.of("BEHANDELAAR"), "t".repeat(10_000));
    assertThat(problem(longTeam).getString("field")).isEqualTo("team");
    var badName =
        new UserResource.NewUser("X", "N", "geheim-wachtwoord", List.of("BEHANDELAAR"), null);
    assertThat(problem(badName).getString("detailNl")).contains("gebruikersnaam");
  }

  @Test
  void anAmountThatIsNoAmountIsRefusedWithAPlainExplanation() {
    var draft =
        new ObjectionRequests.Draft(
            "GEGROND",
            "r",
            null,
            null,
            null,
            new ObjectionRequests.Effect("9".repeat(30), false, null, null));
    JsonObject p = problem(draft);
    assertThat(p.getString("field")).isEqualTo("effect.newAmount");
    assertThat(p.getString("detailNl")).contains("1234,56");
  }

  @Test
  void aQueryParameterIsNamedByItsQueryName() throws NoSuchMethodException {
    Method m = TermsResource.class.getMethod("objection", String.class, boolean.class);
    var violations =
        validator
            .forExecutables()
            .validateParameters(new TermsResource(), m, new Object[] {"+999999999-12-31", false});
    JsonObject p =
        new ConstraintViolationMapper().problem(new ConstraintViolationException(violations));
    assertThat(p.getString("field")).isEqualTo("decisionDate");
    assertThat(p.getString("detailEn")).contains("at most one year ahead");
  }
}
