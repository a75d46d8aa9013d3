package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalCalendarTest {

  private final LegalCalendar calendar = LegalCalendar.standard();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Nested
  class Easter {

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({
      "2024, 2024-03-31",
      "2025, 2025-04-20",
      "2026, 2026-04-05",
      "2027, 2027-03-28",
      "2028, 2028-04-16",
      "2029, 2029-04-01",
      "2000, 2000-04-23",
      "2038, 2038-04-25",
      "2285, 2285-03-22"
    })
    void followsTheGregorianComputus(int year, LocalDate expected) {
      assertThat(LegalCalendar.easterSunday(year)).isEqualTo(expected);
    }
  }

  @Nested
  class Holidays {

    @ParameterizedTest(name = "{0} is a holiday ({1})")
    @CsvSource({
      "2024-01-01, Nieuwjaarsdag",
      "2024-03-29, Goede Vrijdag",
      "2024-04-01, Tweede Paasdag",
      "2024-04-27, Koningsdag",
      "2024-05-05, Bevrijdingsdag",
      "2024-05-09, Hemelvaartsdag",
      "2024-05-20, Tweede Pinksterdag",
      "2024-12-25, Eerste Kerstdag",
      "2024-12-26, Tweede Kerstdag",
      "2025-04-18, Goede Vrijdag",
      "2025-04-21, Tweede Paasdag",
      "2025-04-26, Koningsdag",
      "2025-05-05, Bevrijdingsdag",
      "2025-05-29, Hemelvaartsdag",
      "2025-06-09, Tweede Pinksterdag",
      "2026-04-03, Goede Vrijdag",
      "2026-04-06, Tweede Paasdag",
      "2026-04-27, Koningsdag",
      "2026-05-14, Hemelvaartsdag",
      "2026-05-25, Tweede Pinksterdag",
      "2027-03-26, Goede Vrijdag",
      "2027-03-29, Tweede Paasdag",
      "2027-04-27, Koningsdag",
      "2027-05-06, Hemelvaartsdag",
      "2027-05-17, Tweede Pinksterdag",
      "2028-04-14, Goede Vrijdag",
      "2028-04-17, Tweede Paasdag",
      "2028-05-25, Hemelvaartsdag",
      "2028-06-05, Tweede Pinksterdag",
      "2029-03-30, Goede Vrijdag",
      "2029-04-02, Tweede Paasdag",
      "2029-04-27, Koningsdag",
      "2029-05-10, Hemelvaartsdag",
      "2029-05-21, Tweede Pinksterdag",
      "2029-12-26, Tweede Kerstdag"
    })
    void areRecognisedWithTheirDutchName(LocalDate date, String name) {
      assertThat(calendar.isHoliday(date)).isTrue();
      assertThat(calendar.isWorkingDay(date)).isFalse();
      assertThat(calendar.holidayName(date)).contains(name);
    }

    @Test
    void kingsDayMovesToTheSaturdayWhenTheTwentySeventhIsASunday() {
      assertThat(calendar.isHoliday(d("2025-04-26"))).isTrue();
      assertThat(calendar.isHoliday(d("2025-04-27"))).isFalse();
    }

    @Test
    void kingsDayOnASaturdayStaysOnTheTwentySeventh() {
      assertThat(calendar.isHoliday(d("2024-04-27"))).isTrue();
      assertThat(calendar.isHoliday(d("2024-04-26"))).isFalse();
    }

    @Test
    void fifthOfMayIsAHolidayEveryYear() {
      for (int year = 2024; year <= 2029; year++) {
        assertThat(calendar.isHoliday(LocalDate.of(year, 5, 5))).as("5 May %d", year).isTrue();
      }
    }

    @ParameterizedTest(name = "{0} is an ordinary day")
    @CsvSource({
      "2025-04-17", // Maundy Thursday
      "2025-04-20", // Easter Sunday is a Sunday, but not a listed holiday
      "2025-12-24", // Christmas Eve
      "2025-12-31", // New Year's Eve
      "2026-04-26",
      "2029-04-26"
    })
    void otherDaysAreNoHoliday(LocalDate date) {
      assertThat(calendar.isHoliday(date)).isFalse();
      assertThat(calendar.holidayName(date)).isEmpty();
    }

    @Test
    void listsAllHolidaysOfAYearInOrder() {
      assertThat(calendar.holidays(2025))
          .containsExactly(
              d("2025-01-01"),
              d("2025-04-18"),
              d("2025-04-21"),
              d("2025-04-26"),
              d("2025-05-05"),
              d("2025-05-29"),
              d("2025-05-30"),
              d("2025-06-09"),
              d("2025-12-25"),
              d("2025-12-26"));
      assertThat(calendar.holidays(2028)).hasSize(11);
      assertThat(calendar.holidays(2029)).hasSize(9);
    }

    @Test
    void weekendDaysAreNoWorkingDays() {
      assertThat(calendar.isWorkingDay(d("2025-03-15"))).isFalse(); // Saturday
      assertThat(calendar.isWorkingDay(d("2025-03-16"))).isFalse(); // Sunday
      assertThat(calendar.isWorkingDay(d("2025-03-17"))).isTrue(); // Monday
    }
  }

  @Nested
  class EquatedDays {

    @ParameterizedTest(name = "{0} is equated with a holiday")
    @CsvSource({"2025-05-30", "2026-01-02", "2026-05-15", "2027-05-07", "2028-04-28", "2028-05-26"})
    void royalDecreeDaysFromTheResourceFileAreHolidays(LocalDate date) {
      assertThat(calendar.isHoliday(date)).isTrue();
      assertThat(calendar.holidayName(date)).contains("Bij Koninklijk Besluit gelijkgestelde dag");
      assertThat(calendar.equatedDays()).contains(date);
    }

    @Test
    void aCalendarWithoutEquatedDaysTreatsThemAsWorkingDays() {
      LegalCalendar statutoryOnly = LegalCalendar.withEquatedDays(Set.of());
      assertThat(statutoryOnly.isWorkingDay(d("2025-05-30"))).isTrue();
      assertThat(statutoryOnly.statutoryTermEnd(d("2025-05-29"))).isEqualTo(d("2025-05-30"));
    }

    @Test
    void extraDatesCanBeAddedWithoutCodeChange() {
      LegalCalendar extended = calendar.plusEquatedDays(List.of(d("2029-05-11")));
      assertThat(extended.isHoliday(d("2029-05-11"))).isTrue();
      assertThat(extended.statutoryTermEnd(d("2029-05-10"))).isEqualTo(d("2029-05-14"));
      assertThat(extended.isHoliday(d("2025-05-30"))).as("keeps the standard days").isTrue();
      assertThat(calendar.isHoliday(d("2029-05-11"))).as("standard is unchanged").isFalse();
    }

    @Test
    void theResourceFormatAllowsCommentsAndBlankLines() throws Exception {
      String text = "# header\n\n2030-05-31  # Friday after Ascension\n  2031-01-02\n";
      Set<LocalDate> days =
          LegalCalendar.parseEquatedDays(
              new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      assertThat(days).containsExactly(d("2030-05-31"), d("2031-01-02"));
    }

    @Test
    void aMalformedDateInTheResourceNamesItsLine() {
      String text = "2030-05-31\n31-05-2030\n";
      assertThatThrownBy(
              () ->
                  LegalCalendar.parseEquatedDays(
                      new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Line 2");
    }

    @Test
    void standardIsOneSharedInstance() {
      assertThat(LegalCalendar.standard()).isSameAs(calendar);
    }
  }

  @Nested
  class StatutoryTermEnd {

    @ParameterizedTest(name = "a term ending on {0} ends on {1}")
    @CsvSource({
      "2025-03-12, 2025-03-12", // ordinary Wednesday
      "2025-03-15, 2025-03-17", // Saturday -> Monday
      "2025-03-16, 2025-03-17", // Sunday -> Monday
      "2025-04-18, 2025-04-22", // Good Friday -> past Easter Monday
      "2025-04-21, 2025-04-22", // Easter Monday
      "2025-04-26, 2025-04-28", // King's Day on Saturday
      "2025-05-05, 2025-05-06", // Liberation Day (Monday)
      "2025-05-29, 2025-06-02", // Ascension + equated Friday + weekend
      "2025-06-09, 2025-06-10", // Whit Monday
      "2025-12-25, 2025-12-29", // Christmas, Boxing Day, weekend
      "2026-01-01, 2026-01-05", // New Year + equated 2 January + weekend
      "2026-04-03, 2026-04-07", // Good Friday 2026
      "2026-12-25, 2026-12-28", // Christmas on Friday
      "2027-05-05, 2027-05-10", // 5 May, Ascension, equated Friday, weekend
      "2028-04-27, 2028-05-01", // King's Day + equated Friday + weekend
      "2024-12-28, 2024-12-30", // Saturday between Christmas and New Year
      "2029-03-30, 2029-04-03" // Good Friday 2029
    })
    void movesToTheFirstDayThatIsNoWeekendOrHoliday(LocalDate nominal, LocalDate expected) {
      assertThat(calendar.statutoryTermEnd(nominal)).isEqualTo(expected);
    }

    @Test
    void aSixWeekObjectionTermEndingOnGoodFridayRunsUntilTheTuesdayAfterEaster() {
      LocalDate decisionSent = d("2025-03-07");
      assertThat(calendar.statutoryTermEnd(decisionSent.plusWeeks(6))).isEqualTo(d("2025-04-22"));
    }
  }

  @Nested
  class WorkingDays {

    @Test
    void plusWorkingDaysSkipsWeekendsAndHolidays() {
      assertThat(calendar.plusWorkingDays(d("2025-04-17"), 1)).isEqualTo(d("2025-04-22"));
      assertThat(calendar.plusWorkingDays(d("2025-12-22"), 6)).isEqualTo(d("2026-01-05"));
      assertThat(calendar.plusWorkingDays(d("2025-03-10"), 5)).isEqualTo(d("2025-03-17"));
    }

    @Test
    void plusZeroWorkingDaysIsTheSameDay() {
      assertThat(calendar.plusWorkingDays(d("2025-04-19"), 0)).isEqualTo(d("2025-04-19"));
    }

    @Test
    void minusWorkingDaysGoesBackOverHolidays() {
      assertThat(calendar.minusWorkingDays(d("2025-04-22"), 1)).isEqualTo(d("2025-04-17"));
      assertThat(calendar.minusWorkingDays(d("2026-01-05"), 6)).isEqualTo(d("2025-12-22"));
      assertThat(calendar.plusWorkingDays(d("2025-04-22"), -1)).isEqualTo(d("2025-04-17"));
      assertThat(calendar.minusWorkingDays(d("2025-04-17"), -1)).isEqualTo(d("2025-04-22"));
    }

    @Test
    void workingDaysBetweenCountsAfterTheStartUpToAndIncludingTheEnd() {
      assertThat(calendar.workingDaysBetween(d("2025-04-17"), d("2025-04-22"))).isEqualTo(1);
      assertThat(calendar.workingDaysBetween(d("2025-12-22"), d("2026-01-05"))).isEqualTo(6);
      assertThat(calendar.workingDaysBetween(d("2025-03-10"), d("2025-03-10"))).isZero();
      assertThat(calendar.workingDaysBetween(d("2026-01-05"), d("2025-12-22"))).isEqualTo(-6);
    }

    @Test
    void countingAndAddingAgreeOverAWholeYear() {
      LocalDate start = d("2026-01-01");
      int n = calendar.workingDaysBetween(start, d("2026-12-31"));
      // 260 weekdays after 1 January, minus 9 holidays and equated days falling on weekdays
      assertThat(n).isEqualTo(251);
      assertThat(calendar.plusWorkingDays(start, n)).isEqualTo(d("2026-12-31"));
    }
  }
}
