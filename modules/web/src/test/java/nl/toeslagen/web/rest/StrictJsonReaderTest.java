package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.objections.rest.ObjectionRequests;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.Test;

class StrictJsonReaderTest {

  static final String INTAKE =
      """
      {"bsn":"111222333","benefitType":"ZORGTOESLAG",
       "contestedDecision":{"reference":"ZT-1","type":"BOETE","date":"2026-11-01"},
       "receivedDate":"2026-11-20","grounds":["te laag", "te laat"],"channel":"DIGITAAL",
       "advisoryCommittee":true}""";

  static <T> T read(Class<T> type, String json) throws IOException {
    return type.cast(
        new StrictJsonReader()
            .readFrom(
                castObject(type),
                type,
                null,
                null,
                null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
  }

  @SuppressWarnings("unchecked")
  static Class<Object> castObject(Class<?> type) {
    return (Class<Object>) type;
  }

  static AbstractStringAssert<?> refused(Class<?> type, String json, String field) {
    Throwable e = catchThrowable(() -> read(type, json));
    assertThat(e).isInstanceOf(ValidationException.class);
    ValidationException v = (ValidationException) e;
    assertThat(v.field()).isEqualTo(field);
    assertThat(v.messageEn()).contains(field);
    return assertThat(v.messageNl());
  }

  @Test
  void aWellFormedIntakeIsBoundToTheRecord() throws IOException {
    var in = read(ObjectionRequests.Intake.class, INTAKE);
    assertThat(in.contestedDecision().date()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(in.grounds()).containsExactly("te laag", "te laat");
    assertThat(in.advisoryCommittee()).isTrue();
  }

  @Test
  void aTextForABooleanIsRefusedNamingTheField() {
    refused(ObjectionRequests.Contact.class, "{\"reached\":\"yes\"}", "reached")
        .contains("true of false");
    refused(ObjectionRequests.Contact.class, "{\"reached\":\"true\"}", "reached");
  }

  @Test
  void aControlCharacterInATextIsRefusedWithItsPathButLineBreaksAndTabsAreText()
      throws IOException {
    refused(
            ObjectionRequests.Intake.class,
            INTAKE.replace("[\"te laag\", \"te laat\"]", "[\"te laag\", \"te\\u0000laat\"]"),
            "grounds[1]")
        .contains("stuurteken");
    refused(ObjectionRequests.Withdrawal.class, "{\"reason\":\"a\\u001bb\"}", "reason");
    assertThat(read(ObjectionRequests.Withdrawal.class, "{\"reason\":\"a\\tb\\r\\nc\"}").reason())
        .isEqualTo("a\tb\r\nc");
  }

  @Test
  void aNumberForABooleanIsRefused() {
    refused(
        ObjectionRequests.Intake.class,
        INTAKE.replace("\"advisoryCommittee\":true", "\"advisoryCommittee\":1"),
        "advisoryCommittee");
  }

  @Test
  void numbersInAListOfTextsAreRefusedWithTheirIndex() {
    refused(
            ObjectionRequests.Intake.class,
            INTAKE.replace("[\"te laag\", \"te laat\"]", "[\"a\", 2]"),
            "grounds[1]")
        .contains("tekst");
  }

  @Test
  void aDuplicateKeyIsRefusedNamingIt() {
    refused(ObjectionRequests.Withdrawal.class, "{\"reason\":\"a\",\"reason\":\"b\"}", "reason")
        .contains("meer dan eens");
    refused(
        ObjectionRequests.Intake.class,
        INTAKE.replace(
            "\"date\":\"2026-11-01\"", "\"date\":\"2026-11-01\",\"date\":\"2026-11-02\""),
        "contestedDecision.date");
  }

  @Test
  void anImpossibleDateIsRefusedWithItsPath() {
    refused(
            ObjectionRequests.Intake.class,
            INTAKE.replace("2026-11-01", "2026-02-30"),
            "contestedDecision.date")
        .contains("jjjj-mm-dd");
  }

  @Test
  void anUnknownFieldIsRefused() {
    refused(ObjectionRequests.Withdrawal.class, "{\"reason\":\"a\",\"admin\":true}", "admin")
        .contains("onbekend");
  }

  @Test
  void aTextForAListOrAnObjectIsRefused() {
    refused(
        ObjectionRequests.Intake.class,
        INTAKE.replace("[\"te laag\", \"te laat\"]", "\"x\""),
        "grounds");
    refused(
        ObjectionRequests.Intake.class,
        INTAKE.replaceFirst("\\{\"reference.*?\\}", "\"x\""),
        "contestedDecision");
  }

  @Test
  void aFractionForAWholeNumberIsRefused() {
    refused(
        nl.toeslagen.fraudreview.application.SignalCommands.Fine.class,
        "{\"recoveryCents\":12.5}",
        "recoveryCents");
  }

  @Test
  void malformedJsonAnEmptyBodyAndTrailingContentAreRefused() {
    refused(ObjectionRequests.Withdrawal.class, "{\"reason\":", "reason");
    refused(ObjectionRequests.Withdrawal.class, "", "body");
    refused(ObjectionRequests.Withdrawal.class, "{\"reason\":\"a\"} {}", "body");
  }

  @Test
  void aNumberBeyondItsTypeIsRefusedNamingTheField() {
    refused(
            nl.toeslagen.fraudreview.application.SignalCommands.Fine.class,
            "{\"recoveryCents\":99999999999999999999}",
            "recoveryCents")
        .contains("te groot");
  }

  @Test
  void deepNestingIsRefused() {
    refused(ObjectionRequests.Withdrawal.class, "[".repeat(100) + "]".repeat(100), "body");
  }

  @Test
  void deepNestingInTheValueOfAnUnknownFieldIsRefusedAsInvalidInput() {
    String body = "{\"reasons\": " + "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_001);
    Throwable e = catchThrowable(() -> read(ObjectionRequests.DecisionReview.class, body));
    assertThat(e).isInstanceOf(ValidationException.class);
    assertThat(((ValidationException) e).field()).isEqualTo("body");
    assertThat(((ValidationException) e).messageNl()).contains("te diep genest");
  }

  @Test
  void anEmptyDateFromAFormMeansNoDate() throws IOException {
    assertThat(read(ObjectionRequests.Repair.class, "{\"repairedOn\":\"\"}").repairedOn()).isNull();
  }

  @Test
  void aBodyOverTheLimitIsRefusedAsTooLarge() {
    String big = "{\"reason\":\"" + "x".repeat(StrictJsonReader.MAX_BODY_BYTES) + "\"}";
    assertThatThrownBy(() -> read(ObjectionRequests.Withdrawal.class, big))
        .isInstanceOf(BodyTooLargeException.class);
  }

  @Test
  void onlyRequestRecordsOfTheApplicationAreReadByIt() {
    var reader = new StrictJsonReader();
    assertThat(reader.isReadable(ObjectionRequests.Intake.class, null, null, null)).isTrue();
    assertThat(reader.isReadable(String.class, null, null, null)).isFalse();
    assertThat(reader.isReadable(List.class, null, null, null)).isFalse();
  }
}
