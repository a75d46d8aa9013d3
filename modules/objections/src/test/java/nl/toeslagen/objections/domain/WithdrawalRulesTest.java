package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 rule 6 (Awb 6:21): a written withdrawal is registered with its date of receipt (required,
 * not in the future, not before the objection was received); a withdrawal by telephone is dated the
 * day of the call and confirmed in a letter. Both close the case.
 */
class WithdrawalRulesTest {

  private final WithdrawalPolicy policy = new WithdrawalPolicy();

  @ParameterizedTest(name = "{0} received {1}, objection {2}, today {3}: allowed={4}, date {5}")
  @CsvSource({
    // written: the date of receipt is required and lies between the objection and today
    "WRITTEN,   ,           2026-04-22, 2026-04-28, false, ",
    "WRITTEN,   2026-04-21, 2026-04-22, 2026-04-28, false, ",
    "WRITTEN,   2026-04-22, 2026-04-22, 2026-04-28, true,  2026-04-22",
    // received on King's Day 2026 (a holiday; a letter can still arrive), registered as such
    "WRITTEN,   2026-04-27, 2026-04-22, 2026-04-28, true,  2026-04-27",
    "WRITTEN,   2026-04-28, 2026-04-22, 2026-04-28, true,  2026-04-28",
    "WRITTEN,   2026-04-29, 2026-04-22, 2026-04-28, false, ",
    // across the turn of the year, and on Saturday 26 April 2025 (King's Day)
    "WRITTEN,   2025-12-31, 2025-12-01, 2026-01-02, true,  2025-12-31",
    "WRITTEN,   2025-04-26, 2025-04-01, 2025-04-28, true,  2025-04-26",
    // by telephone: the day of the call, today unless given
    "TELEPHONE, ,           2027-04-20, 2027-04-27, true,  2027-04-27",
    "TELEPHONE, 2027-04-26, 2027-04-20, 2027-04-27, true,  2027-04-26",
    "TELEPHONE, 2027-04-19, 2027-04-20, 2027-04-27, false, ",
    "TELEPHONE, 2027-04-28, 2027-04-20, 2027-04-27, false, ",
  })
  void theDateOfTheWithdrawalIsCheckedAndRequiredWhenWritten(
      WithdrawalChannel channel,
      LocalDate receivedOn,
      LocalDate objectionReceived,
      LocalDate today,
      boolean allowed,
      LocalDate registered) {
    RuleVerdict v = policy.evaluate(channel, receivedOn, objectionReceived, today);
    assertThat(v.decision().allowed()).as(v.decision().reasonEn()).isEqualTo(allowed);
    assertThat(v.decision().policy()).isEqualTo("WithdrawalPolicy");
    if (allowed) {
      assertThat(policy.dateOf(receivedOn, today)).isEqualTo(registered);
    } else {
      assertThat(v.field()).isEqualTo("receivedOn");
    }
  }

  @Test
  void onlyATelephoneWithdrawalIsConfirmedByLetter() {
    assertThat(policy.confirmedByLetter(WithdrawalChannel.TELEPHONE)).isTrue();
    assertThat(policy.confirmedByLetter(WithdrawalChannel.WRITTEN)).isFalse();
  }

  @Test
  void aWrittenWithdrawalIsRegisteredWithItsDateOfReceiptAndClosesTheCase() {
    Objection o = ObjectionFixtures.received(); // received 2024-02-10
    o.withdraw(
        WithdrawalChannel.WRITTEN,
        parse("2024-02-14"),
        "Brief van de bezwaarmaker",
        parse("2024-02-16"));
    assertThat(o.stage()).isEqualTo(Stage.WITHDRAWN);
    assertThat(o.withdrawal())
        .isEqualTo(
            new Withdrawal(
                WithdrawalChannel.WRITTEN, parse("2024-02-14"), "Brief van de bezwaarmaker"));
    assertThat(o.closedOn()).isEqualTo(parse("2024-02-16"));
    assertThatThrownBy(
            () -> o.withdraw(WithdrawalChannel.TELEPHONE, null, "Nog eens", parse("2024-02-17")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT));
  }

  @Test
  void aWrittenWithdrawalWithoutItsDateIsInvalidAndLeavesTheCaseOpen() {
    Objection o = ObjectionFixtures.received();
    assertThatThrownBy(
            () -> o.withdraw(WithdrawalChannel.WRITTEN, null, "Brief", parse("2024-02-16")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("receivedOn");
            });
    assertThat(o.stage()).isEqualTo(Stage.ADMISSIBILITY);
    assertThat(o.withdrawal()).isNull();
  }

  @Test
  void aWithdrawalWithoutChannelIsInvalidOnChannel() {
    Objection o = ObjectionFixtures.received();
    assertThatThrownBy(() -> o.withdraw(null, null, "Ingetrokken", parse("2024-02-16")))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("channel"));
    assertThat(o.stage()).isEqualTo(Stage.ADMISSIBILITY);
  }

  @Test
  void aTelephoneWithdrawalIsDatedTheDayOfTheCall() {
    Objection o = ObjectionFixtures.received();
    o.withdraw(WithdrawalChannel.TELEPHONE, null, "Gebeld", parse("2024-02-16"));
    assertThat(o.withdrawal().receivedOn()).isEqualTo(parse("2024-02-16"));
    assertThat(o.withdrawal().channel()).isEqualTo(WithdrawalChannel.TELEPHONE);
  }
}
