package nl.toeslagen.kernel.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.RecordComponent;
import java.util.Collection;

/** Checks {@link MaxTotalLength}: one pass over the elements. */
public final class MaxTotalLengthValidator
    implements ConstraintValidator<MaxTotalLength, Collection<?>> {

  private int max;

  @Override
  public void initialize(MaxTotalLength annotation) {
    max = annotation.value();
  }

  @Override
  public boolean isValid(Collection<?> value, ConstraintValidatorContext context) {
    return value == null || total(value) <= max;
  }

  /** The characters of all texts in the collection. */
  public static long total(Collection<?> value) {
    long total = 0;
    for (Object element : value) {
      total += length(element);
    }
    return total;
  }

  private static long length(Object element) {
    if (element instanceof CharSequence s) {
      return s.length();
    }
    if (element != null && element.getClass().isRecord()) {
      long sum = 0;
      for (RecordComponent c : element.getClass().getRecordComponents()) {
        try {
          if (c.getAccessor().invoke(element) instanceof CharSequence s) {
            sum += s.length();
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return sum;
    }
    return 0;
  }
}
