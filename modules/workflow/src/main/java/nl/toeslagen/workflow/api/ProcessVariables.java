package nl.toeslagen.workflow.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Typed values for a process start, a task completion or a message: only variables of the process's
 * contract, each with a value of its declared type.
 */
public final class ProcessVariables {

  private final Map<String, Object> values = new LinkedHashMap<>();

  private ProcessVariables() {}

  /** No variables. */
  public static ProcessVariables none() {
    return new ProcessVariables();
  }

  /** One variable. */
  public static <T> ProcessVariables of(ProcessVariable<T> variable, T value) {
    return new ProcessVariables().and(variable, value);
  }

  /** Adds (or replaces) a variable. */
  public <T> ProcessVariables and(ProcessVariable<T> variable, T value) {
    values.put(variable.name(), variable.type().cast(value));
    return this;
  }

  /** Adds all of {@code other}. */
  public ProcessVariables and(ProcessVariables other) {
    values.putAll(other.values);
    return this;
  }

  /** The values by name, as the ports take them. */
  public Map<String, Object> asMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
