package nl.toeslagen.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One set of codes and their labels, e.g. the stages of an objection: code to Dutch label (and
 * English where the domain has it). Built from the domain's own labels (an enum's {@code labelNl()}
 * or {@code nl()}), never from a second list. Served at {@code GET /api/labels}.
 *
 * @param name the vocabulary, e.g. {@code "stages"}; unique within its context
 * @param type the enum the codes are the constants of, or null for codes that are no enum (task
 *     keys, letter kinds)
 * @param labels code to label, in the domain's order
 */
public record Vocabulary(String name, Class<?> type, Map<String, Label> labels) {

  /** The label of one code: Dutch (always) and English (null where the domain has none). */
  public record Label(String nl, String en) {}

  public Vocabulary {
    Objects.requireNonNull(name, "name");
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  /** The vocabulary of an enum, every constant labelled by the domain's own functions. */
  public static <E extends Enum<E>> Vocabulary of(
      String name, Class<E> type, Function<? super E, String> nl, Function<? super E, String> en) {
    Map<String, Label> labels = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      labels.put(
          constant.name(), new Label(nl.apply(constant), en == null ? null : en.apply(constant)));
    }
    return new Vocabulary(name, type, labels);
  }

  /** A vocabulary of codes that are no enum (task keys, letter kinds), Dutch labels only. */
  public static Vocabulary ofCodes(String name, Map<String, String> nl) {
    Map<String, Label> labels = new LinkedHashMap<>();
    nl.forEach((code, label) -> labels.put(code, new Label(label, null)));
    return new Vocabulary(name, null, labels);
  }
}
