package nl.toeslagen.kernel.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The texts of a list together hold at most {@link #value()} characters: its text elements, or the
 * text components of its record elements. For lists that are stored together in one column (e.g.
 * the answers of a decision in the decision record). {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = MaxTotalLengthValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface MaxTotalLength {

  int value();

  String message() default "{nl.toeslagen.kernel.validation.MaxTotalLength.message}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
