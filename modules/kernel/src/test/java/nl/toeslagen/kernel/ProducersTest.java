package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class ProducersTest {

  @Test
  void theApplicationClockRunsInUtc() {
    Clock clock = new ClockProducer().clock();
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.instant()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
  }

  @Test
  void theProducedCalendarIsTheStandardOneWithEquatedDays() {
    LegalCalendar calendar =
        LegalCalendarProducer.withExtraDaysFrom(java.nio.file.Path.of("does-not-exist"));
    assertThat(calendar).isSameAs(LegalCalendar.standard());
    assertThat(calendar.isHoliday(LocalDate.of(2026, 1, 2))).isTrue();
  }

  @org.junit.jupiter.api.Test
  void aNewRoyalDecreeDayInTheDataFolderMovesTermsWithoutACodeChange(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir) throws Exception {
    LocalDate decreed = LocalDate.of(2029, 5, 11); // a Friday, no holiday in the built-in list
    assertThat(LegalCalendar.standard().isHoliday(decreed)).isFalse();
    java.nio.file.Files.createDirectories(dataDir.resolve("calendar"));
    java.nio.file.Files.writeString(
        dataDir.resolve("calendar/equated-days.txt"), "# Koninklijk Besluit\n2029-05-11\n");

    LegalCalendar calendar = LegalCalendarProducer.withExtraDaysFrom(dataDir);

    assertThat(calendar.isHoliday(decreed)).isTrue();
    assertThat(calendar.statutoryTermEnd(decreed)).isEqualTo(LocalDate.of(2029, 5, 14));
    assertThat(calendar.isHoliday(LocalDate.of(2026, 1, 2))).isTrue();
  }
}
