package nl.toeslagen.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import nl.toeslagen.kernel.DateRange;

/** Checks {@link PlausibleDate}; today comes from the validator's clock provider. */
public final class PlausibleDateValidator {

  private PlausibleDateValidator() {}

  static boolean valid(LocalDate date, DateRange range, ConstraintValidatorContext context) {
    return date == null
        || range.contains(date, DateRange.today(context.getClockProvider().getClock()));
  }

  /** ISO text as a date, or null when it is none. */
  public static LocalDate parse(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static final class ForLocalDate implements ConstraintValidator<PlausibleDate, LocalDate> {
    private DateRange range;

    @Override
    public void initialize(PlausibleDate annotation) {
      range = annotation.value();
    }

    @Override
    public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
      return valid(value, range, context);
    }
  }

  public static final class ForLocalDateTime
      implements ConstraintValidator<PlausibleDate, LocalDateTime> {
    private DateRange range;

    @Override
    public void initialize(PlausibleDate annotation) {
      range = annotation.value();
    }

    @Override
    public boolean isValid(LocalDateTime value, ConstraintValidatorContext context) {
      return value == null || valid(value.toLocalDate(), range, context);
    }
  }

  /** Blank text counts as absent. */
  public static final class ForText implements ConstraintValidator<PlausibleDate, String> {
    private DateRange range;

    @Override
    public void initialize(PlausibleDate annotation) {
      range = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      LocalDate date = parse(value);
      return date != null && valid(date, range, context);
    }
  }
}
