package nl.toeslagen.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import nl.toeslagen.kernel.DateRange;

/**
 * The date lies in its {@link DateRange}. Applies to {@code LocalDate}, {@code LocalDateTime} (its
 * date) and to ISO text ({@code yyyy-mm-dd}, for query parameters; text that is no date is
 * invalid). {@code null} is valid: combine with {@code @NotNull} where the date is required.
 */
@Documented
@Constraint(
    validatedBy = {
      PlausibleDateValidator.ForLocalDate.class,
      PlausibleDateValidator.ForLocalDateTime.class,
      PlausibleDateValidator.ForText.class
    })
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleDate {

  DateRange value();

  String message() default "{nl.toeslagen.kernel.validation.PlausibleDate.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
