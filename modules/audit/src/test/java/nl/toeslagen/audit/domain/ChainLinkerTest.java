package nl.toeslagen.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.audit.api.ChainVerification;
import org.junit.jupiter.api.Test;

class ChainLinkerTest {

  private static List<AuditEntry> unlinked(int from, int to) {
    List<AuditEntry> entries = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      entries.add(
          AuditEntry.unlinked(
              ChainFixtures.START.plusSeconds(i), ChainFixtures.event(i), "corr-" + i));
    }
    return entries;
  }

  @Test
  void unlinkedEntryHasNoSequenceAndNoHashes() {
    AuditEntry entry = unlinked(1, 1).get(0);

    assertThat(entry.isLinked()).isFalse();
    assertThat(entry.sequence()).isZero();
    assertThat(entry.prevHash()).isNull();
    assertThat(entry.entryHash()).isNull();
  }

  @Test
  void batchesLinkedOneAfterTheOtherFormOneVerifiableChain() {
    ChainLinker.Batch first = ChainLinker.link(ChainLinker.Head.genesis(), unlinked(1, 3));
    ChainLinker.Batch second = ChainLinker.link(first.head(), unlinked(4, 7));

    List<AuditEntry> chain = new ArrayList<>(first.linked());
    chain.addAll(second.linked());
    assertThat(chain).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(second.head()).isEqualTo(new ChainLinker.Head(7, chain.get(6).entryHash()));
    ChainVerification result = ChainVerifier.verify(chain);
    assertThat(result.intact()).isTrue();
    assertThat(result.entries()).isEqualTo(7);
    ChainVerifier verifier = new ChainVerifier();
    chain.forEach(verifier::accept);
    assertThat(verifier.finish(second.head().sequence(), second.head().hash()).intact()).isTrue();
  }

  @Test
  void linkingKeepsTheOrderGivenAndTheRecordedContent() {
    List<AuditEntry> waiting = unlinked(1, 3);

    List<AuditEntry> linked = ChainLinker.link(ChainLinker.Head.genesis(), waiting).linked();

    for (int i = 0; i < 3; i++) {
      assertThat(linked.get(i).objectId()).isEqualTo(waiting.get(i).objectId());
      assertThat(linked.get(i).occurredAt()).isEqualTo(waiting.get(i).occurredAt());
      assertThat(linked.get(i).correlationId()).isEqualTo(waiting.get(i).correlationId());
    }
    assertThat(linked.get(0).prevHash()).isEqualTo(Hashing.GENESIS_HASH);
    assertThat(linked.get(2).prevHash()).isEqualTo(linked.get(1).entryHash());
  }

  @Test
  void linkingTheSameEntriesAgainIsRefused() {
    List<AuditEntry> linked = ChainLinker.link(ChainLinker.Head.genesis(), unlinked(1, 2)).linked();

    assertThatThrownBy(() -> ChainLinker.link(new ChainLinker.Head(2, "x"), linked))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already linked");
  }

  @Test
  void anEntryLinkedElsewhereThanItsPlaceBreaksVerificationAtThatEntry() {
    ChainLinker.Batch batch = ChainLinker.link(ChainLinker.Head.genesis(), unlinked(1, 4));
    List<AuditEntry> chain = new ArrayList<>(batch.linked());
    // entry 3 relinked after entry 1 (e.g. by a second sequencer that did not take the lock)
    AuditEntry stale = unlinked(3, 3).get(0).linkedAs(3, chain.get(0).entryHash());
    chain.set(2, stale);

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSequence()).isEqualTo(3L);
  }

  @Test
  void emptyBatchLeavesTheHeadWhereItWas() {
    ChainLinker.Head head = new ChainLinker.Head(41, "abc");

    ChainLinker.Batch batch = ChainLinker.link(head, List.of());

    assertThat(batch.linked()).isEmpty();
    assertThat(batch.head()).isEqualTo(head);
  }
}
