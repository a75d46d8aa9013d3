package nl.toeslagen.kernel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Produces the {@link LegalCalendar#standard() standard legal calendar}. The calendar is a final,
 * immutable class, so it is produced in the default dependent scope (no proxy needed); every
 * injection point receives the same shared instance.
 */
@ApplicationScoped
public class LegalCalendarProducer {

  @Produces
  public LegalCalendar legalCalendar() {
    return LegalCalendar.standard();
  }
}
