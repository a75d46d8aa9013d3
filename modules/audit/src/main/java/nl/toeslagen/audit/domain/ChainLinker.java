package nl.toeslagen.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Links recorded but unsequenced entries onto the end of the chain, in the order given (the order
 * in which they were committed, as far as the sequencer can tell): each gets the next sequence
 * number and the previous entry's hash, the way a certificate-transparency log integrates queued
 * leaves in batches. Pure: the caller stores the result and the new head in one short transaction.
 */
public final class ChainLinker {

  private ChainLinker() {}

  /** Where the chain ends: the last sequence number and its hash (genesis: 0 and zeros). */
  public record Head(long sequence, String hash) {
    public Head {
      if (sequence < 0) {
        throw new IllegalArgumentException("head sequence must be >= 0");
      }
      Objects.requireNonNull(hash, "hash");
    }

    public static Head genesis() {
      return new Head(0, Hashing.GENESIS_HASH);
    }
  }

  /** The linked entries and the head after the last of them. */
  public record Batch(List<AuditEntry> linked, Head head) {
    public Batch {
      linked = List.copyOf(linked);
    }
  }

  /**
   * Links {@code unlinked} after {@code head}.
   *
   * @throws IllegalStateException when one of the entries is already linked
   */
  public static Batch link(Head head, List<AuditEntry> unlinked) {
    Objects.requireNonNull(head, "head");
    List<AuditEntry> linked = new ArrayList<>(unlinked.size());
    long sequence = head.sequence();
    String hash = head.hash();
    for (AuditEntry entry : unlinked) {
      AuditEntry link = entry.linkedAs(++sequence, hash);
      linked.add(link);
      hash = link.entryHash();
    }
    return new Batch(linked, new Head(sequence, hash));
  }
}
