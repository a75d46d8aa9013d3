package nl.toeslagen.workflow.api;

import java.util.Objects;

/**
 * A process variable of a {@link ProcessContract}: its name and Java type. A {@link Use#ROUTING}
 * variable is read by the model itself (a gateway condition, a timer date, a candidate group) and
 * must appear there; a {@link Use#DATA} variable is read only by the application (a step, the task
 * list).
 *
 * @param name the name in the running instance: a contract, change only with a migration
 * @param type the type of its value
 * @param use who reads it
 * @param <T> the type of its value
 */
public record ProcessVariable<T>(String name, Class<T> type, Use use) {

  /** Who reads a variable. */
  public enum Use {
    /** The model reads it in an expression. */
    ROUTING,
    /** Only the application reads it. */
    DATA
  }

  public ProcessVariable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(use, "use");
  }

  /** A variable the model reads in an expression (condition, timer, candidate group). */
  public static <T> ProcessVariable<T> routing(String name, Class<T> type) {
    return new ProcessVariable<>(name, type, Use.ROUTING);
  }

  /** A variable only the application reads (steps, the task list). */
  public static <T> ProcessVariable<T> data(String name, Class<T> type) {
    return new ProcessVariable<>(name, type, Use.DATA);
  }

  /** This variable's value in a step, typed. */
  public T in(StepContext context) {
    return context.variable(name, type);
  }
}
