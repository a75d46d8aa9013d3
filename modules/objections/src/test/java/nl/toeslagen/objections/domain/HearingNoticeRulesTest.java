package nl.toeslagen.objections.domain;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 9 rule 5 (Awb 7:2, 7:4): a hearing at least a week ahead unless the objector agreed
 * (recorded); further documents until ten days before the hearing; the report on or after the
 * hearing day. The week and the ten days are calendar days: holidays (King's Day, Easter,
 * Liberation Day, Christmas) neither lengthen nor shorten them, and a day counted back that falls
 * on a weekend or holiday stays where it falls (the Algemene termijnenwet only extends terms
 * counted forward).
 */
class HearingNoticeRulesTest {

  private final HearingDatePolicy policy = new HearingDatePolicy();

  @ParameterizedTest(name = "planned {0} for {1}, agreed={2}: allowed={3}")
  @CsvSource({
    // exactly one week ahead, the hearing on King's Day 2026 (Monday 27 April): allowed
    "2026-04-20, 2026-04-27T10:00, false, true",
    // six days ahead: refused without the objector's agreement, allowed with it
    "2026-04-21, 2026-04-27T10:00, false, false",
    "2026-04-21, 2026-04-27T10:00, true,  true",
    // King's Day 2025 fell on Saturday 26 April; the week is still seven calendar days
    "2025-04-19, 2025-04-26T10:00, false, true",
    "2025-04-20, 2025-04-26T10:00, false, false",
    // a week over Easter Monday 2025 (21 April) and over King's Day 2027 (Tuesday 27 April)
    "2025-04-15, 2025-04-22T09:00, false, true",
    "2027-04-21, 2027-04-27T14:00, false, false",
    "2027-04-20, 2027-04-27T14:00, false, true",
    // over Christmas 2025 and Easter Monday 2027 (29 March)
    "2025-12-22, 2025-12-29T10:00, false, true",
    "2025-12-23, 2025-12-29T10:00, false, false",
    "2027-03-23, 2027-03-29T10:00, false, false",
    // the same day, only with agreement; the past never
    "2026-06-01, 2026-06-01T16:00, false, false",
    "2026-06-01, 2026-06-01T16:00, true,  true",
    "2026-06-01, 2026-05-31T16:00, true,  false",
  })
  void aHearingIsPlannedAtLeastAWeekAheadUnlessTheObjectorAgreed(
      LocalDate today, LocalDateTime at, boolean agreed, boolean allowed) {
    var d = policy.evaluate(at, today, agreed ? "Telefonisch akkoord op " + today : null);
    assertThat(d.allowed()).as(d.reasonEn()).isEqualTo(allowed);
    assertThat(d.policy()).isEqualTo("HearingDatePolicy");
    assertThat(d.basis()).isNotNull();
  }

  @ParameterizedTest(name = "hearing {0}: further documents until {1}")
  @CsvSource({
    // ten days back from King's Day 2026 (Monday 27 April): Friday 17 April
    "2026-04-27T10:00, 2026-04-17",
    // ten days back lands on King's Day 2026 itself: stated as it falls
    "2026-05-07T10:00, 2026-04-27",
    // on Liberation Day 2025 (Monday 5 May) and on Saturday 26 April 2025 (King's Day)
    "2025-05-15T10:00, 2025-05-05",
    "2025-05-06T10:00, 2025-04-26",
    // on Easter Monday 2027 (29 March) and across the turn of the year
    "2027-04-08T10:00, 2027-03-29",
    "2026-01-05T10:00, 2025-12-26",
    // ten days back from King's Day 2027 (Tuesday 27 April): Saturday 17 April
    "2027-04-27T10:00, 2027-04-17",
  })
  void furtherDocumentsMayBeSentUntilTenCalendarDaysBeforeTheHearing(
      LocalDateTime at, LocalDate until) {
    assertThat(Hearing.scheduled(at, HearingMode.OP_LOCATIE, "Utrecht").furtherDocumentsUntil())
        .isEqualTo(until);
  }

  @ParameterizedTest(name = "hearing {0}, report on {1}: allowed={2}")
  @CsvSource({
    "2026-04-27T10:00, 2026-04-26, false",
    "2026-04-27T10:00, 2026-04-27, true",
    "2026-04-27T10:00, 2026-04-28, true",
    "2025-12-31T15:00, 2025-12-30, false",
    "2025-12-31T15:00, 2026-01-01, true",
    "2027-04-27T09:00, 2027-04-26, false",
  })
  void theReportIsRecordedOnlyOnOrAfterTheHearingDay(
      LocalDateTime at, LocalDate today, boolean allowed) {
    var d =
        new HearingReportDatePolicy()
            .evaluate(Hearing.scheduled(at, HearingMode.VIDEO, "Teams"), today);
    assertThat(d.allowed()).isEqualTo(allowed);
    assertThat(d.policy()).isEqualTo("HearingReportDatePolicy");
  }

  private static Objection inHearingStage(LocalDate today) {
    Objection o = ObjectionFixtures.received();
    o.assessAdmissibility(Set.of(), null, today);
    o.recordContact(new ContactOutcome(today, true, "Hoorzitting gewenst", false, false));
    return o;
  }

  @Test
  void aShortNoticeHearingWithoutAgreementIsInvalidOnScheduledAtAndChangesNothing() {
    Objection o = inHearingStage(parse("2024-02-12"));
    Hearing soon =
        Hearing.scheduled(LocalDateTime.parse("2024-02-15T10:00"), HearingMode.VIDEO, "Teams");
    assertThatThrownBy(() -> o.scheduleHearing(soon, parse("2024-02-12")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.INVALID);
              assertThat(e.field()).isEqualTo("scheduledAt");
              assertThat(e.decision().policy()).isEqualTo("HearingDatePolicy");
            });
    assertThat(o.hearing()).isNull();
  }

  @Test
  void anAgreementToShortNoticeIsRecordedWithItsNoteAndANoteIsRequired() {
    assertThatThrownBy(
            () ->
                Hearing.scheduled(
                    LocalDateTime.parse("2024-02-15T10:00"), HearingMode.VIDEO, "Teams", true, " "))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.field()).isEqualTo("shortNoticeNote"));
    Objection o = inHearingStage(parse("2024-02-12"));
    o.scheduleHearing(
        Hearing.scheduled(
            LocalDateTime.parse("2024-02-15T10:00"),
            HearingMode.VIDEO,
            "Teams",
            true,
            "Bezwaarmaker stemde op 12 februari telefonisch in"),
        parse("2024-02-12"));
    assertThat(o.hearing().shortNoticeConsent())
        .isEqualTo("Bezwaarmaker stemde op 12 februari telefonisch in");
  }

  @Test
  void aReportBeforeTheHearingDayIsAConflictAndOnTheDayMovesToDrafting() {
    Objection o = inHearingStage(parse("2024-02-12"));
    o.scheduleHearing(
        Hearing.scheduled(LocalDateTime.parse("2024-02-27T10:00"), HearingMode.VIDEO, "Teams"),
        parse("2024-02-12"));
    assertThatThrownBy(() -> o.recordHearingReport("Verslag", parse("2024-02-26")))
        .isInstanceOfSatisfying(
            PolicyViolationException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PolicyViolationException.Kind.CONFLICT);
              assertThat(e.decision().policy()).isEqualTo("HearingReportDatePolicy");
            });
    assertThat(o.stage()).isEqualTo(Stage.HEARING);
    o.recordHearingReport("Verslag", parse("2024-02-27"));
    assertThat(o.stage()).isEqualTo(Stage.DRAFTING);
    assertThat(o.hearing().report()).isEqualTo("Verslag");
  }
}
