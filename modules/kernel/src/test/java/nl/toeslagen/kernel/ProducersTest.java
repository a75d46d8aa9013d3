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
    LegalCalendar calendar = new LegalCalendarProducer().legalCalendar();
    assertThat(calendar).isSameAs(LegalCalendar.standard());
    assertThat(calendar.isHoliday(LocalDate.of(2026, 1, 2))).isTrue();
  }
}
