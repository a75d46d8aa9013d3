package nl.toeslagen.objections.infrastructure.schema;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * The schema history of one kind of stored document: upcasters from version 1 up to the current
 * version without a gap, applied in order on reading (v1 to v2 to ... to current). A document of a
 * version newer than this code knows (written by a later release, read after a rollback) is refused
 * rather than read as if it were older. See ADR 0016.
 *
 * @param <D> the document type
 */
public final class UpcasterChain<D> {

  private final ToIntFunction<D> versionOf;
  private final List<Upcaster<D>> steps;

  private UpcasterChain(ToIntFunction<D> versionOf, List<Upcaster<D>> steps) {
    this.versionOf = Objects.requireNonNull(versionOf, "versionOf");
    this.steps = List.copyOf(steps);
    for (int i = 0; i < this.steps.size(); i++) {
      if (this.steps.get(i).fromVersion() != i + 1) {
        throw new IllegalArgumentException(
            "upcaster "
                + (i + 1)
                + " reads version "
                + this.steps.get(i).fromVersion()
                + ", expected "
                + (i + 1)
                + ": the chain starts at version 1 and has no gaps");
      }
    }
  }

  /**
   * A chain whose current version is {@code upcasters.length + 1}.
   *
   * @param versionOf the version a document carries (1 for a document without a marker)
   * @param upcasters the steps, from version 1 upwards
   */
  @SafeVarargs
  public static <D> UpcasterChain<D> of(ToIntFunction<D> versionOf, Upcaster<D>... upcasters) {
    return new UpcasterChain<>(versionOf, List.of(upcasters));
  }

  /** The version this code writes. */
  public int currentVersion() {
    return steps.size() + 1;
  }

  /** The document in the current version; a current document is returned as it is. */
  public D toCurrent(D document) {
    int version = versionOf.applyAsInt(document);
    if (version < 1 || version > currentVersion()) {
      throw new IllegalStateException(
          "stored document has schema version "
              + version
              + "; this code reads versions 1 to "
              + currentVersion());
    }
    D current = document;
    for (int v = version; v < currentVersion(); v++) {
      current = steps.get(v - 1).upcast(current);
      int now = versionOf.applyAsInt(current);
      if (now != v + 1) {
        throw new IllegalStateException(
            "upcaster from version " + v + " wrote version " + now + ", expected " + (v + 1));
      }
    }
    return current;
  }
}
