package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;

class ObjectionIntakeTest {

  static final LocalDate TODAY = parse("2024-03-01");

  static ObjectionIntake.Raw raw() {
    return new ObjectionIntake.Raw(
        "111222333",
        "HUURTOESLAG",
        "TS-2024-0001",
        "TERUGVORDERING",
        "2024-01-15",
        "2024-02-10",
        null,
        List.of("Mijn inkomen is te hoog ingeschat"),
        "DIGITAAL");
  }

  static ObjectionIntake.Raw with(String field, Object value) {
    ObjectionIntake.Raw r = raw();
    return new ObjectionIntake.Raw(
        field.equals("bsn") ? (String) value : r.bsn(),
        field.equals("benefitType") ? (String) value : r.benefitType(),
        field.equals("reference") ? (String) value : r.contestedReference(),
        field.equals("type") ? (String) value : r.contestedType(),
        field.equals("date") ? (String) value : r.contestedDate(),
        field.equals("receivedDate") ? (String) value : r.receivedDate(),
        field.equals("postmarkDate") ? (String) value : r.postmarkDate(),
        field.equals("grounds") ? castList(value) : r.grounds(),
        field.equals("channel") ? (String) value : r.channel());
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object value) {
    return (List<String>) value;
  }

  private static void assertRefused(ObjectionIntake.Raw raw, String field) {
    assertThatThrownBy(() -> ObjectionIntake.validate(raw, TODAY))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  @Test
  void acceptsAValidObjection() {
    ObjectionIntake intake = ObjectionIntake.validate(raw(), TODAY);
    assertThat(intake.bsn().value()).isEqualTo("111222333");
    assertThat(intake.benefitType()).isEqualTo(BenefitType.HUURTOESLAG);
    assertThat(intake.contestedDecision().type()).isEqualTo(ContestedDecisionType.TERUGVORDERING);
    assertThat(intake.contestedDecision().date()).isEqualTo(parse("2024-01-15"));
    assertThat(intake.grounds()).containsExactly("Mijn inkomen is te hoog ingeschat");
  }

  @Test
  void refusesAnInvalidBsn() {
    assertRefused(with("bsn", "123456789"), "bsn");
  }

  @Test
  void refusesAnUnknownBenefitType() {
    assertRefused(with("benefitType", "KINDERBIJSLAG"), "benefitType");
  }

  @Test
  void refusesAnUnknownDecisionType() {
    assertRefused(with("type", "AANSLAG"), "contestedDecision.type");
  }

  @Test
  void refusesAnImpossibleDate() {
    assertRefused(with("date", "2023-02-30"), "contestedDecision.date");
  }

  @Test
  void refusesAFutureReceivedDate() {
    assertRefused(with("receivedDate", "2024-03-02"), "receivedDate");
  }

  @Test
  void refusesAFutureDecisionDate() {
    assertRefused(with("date", "2024-04-01"), "contestedDecision.date");
  }

  @Test
  void refusesReceiptBeforeTheContestedDecision() {
    assertRefused(with("receivedDate", "2024-01-14"), "receivedDate");
  }

  @Test
  void registersAnObjectionWithoutGroundsProForma() {
    assertThat(ObjectionIntake.validate(with("grounds", null), TODAY).grounds()).isEmpty();
    assertThat(ObjectionIntake.validate(with("grounds", List.of()), TODAY).grounds()).isEmpty();
    assertThat(ObjectionIntake.validate(with("grounds", List.of(" ", "")), TODAY).grounds())
        .isEmpty();
  }

  @Test
  void keepsTheLimitOnEachGround() {
    assertRefused(with("grounds", List.of("x".repeat(4001))), "grounds");
  }

  @Test
  void refusesAPostmarkForANonPostalChannel() {
    assertRefused(with("postmarkDate", "2024-02-08"), "postmarkDate");
  }

  @Test
  void refusesAPostmarkAfterReceipt() {
    ObjectionIntake.Raw r = with("channel", "POST");
    ObjectionIntake.Raw late =
        new ObjectionIntake.Raw(
            r.bsn(),
            r.benefitType(),
            r.contestedReference(),
            r.contestedType(),
            r.contestedDate(),
            r.receivedDate(),
            "2024-02-11",
            r.grounds(),
            r.channel());
    assertRefused(late, "postmarkDate");
  }

  @Test
  void refusesAnUnknownChannel() {
    assertRefused(with("channel", "DUIF"), "channel");
  }

  @Test
  void refusesAMissingReference() {
    assertRefused(with("reference", ""), "contestedDecision.reference");
  }

  @Test
  void acceptsLowerCaseEnumValues() {
    assertThat(ObjectionIntake.validate(with("benefitType", "zorgtoeslag"), TODAY).benefitType())
        .isEqualTo(BenefitType.ZORGTOESLAG);
  }
}
