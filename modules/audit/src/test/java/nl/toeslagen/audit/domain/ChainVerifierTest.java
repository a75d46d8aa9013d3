package nl.toeslagen.audit.domain;

import static nl.toeslagen.audit.domain.ChainFixtures.validChain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.toeslagen.audit.api.ChainVerification;
import nl.toeslagen.audit.api.Outcome;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  private static AuditEntry withOutcome(AuditEntry e, Outcome outcome) {
    return new AuditEntry(
        e.sequence(),
        e.occurredAt(),
        e.actor(),
        e.role(),
        e.action(),
        e.objectType(),
        e.objectId(),
        outcome,
        e.legalBasis(),
        e.reasons(),
        e.correlationId(),
        e.prevHash(),
        e.entryHash());
  }

  private static AuditEntry withPrevHash(AuditEntry e, String prevHash) {
    return new AuditEntry(
        e.sequence(),
        e.occurredAt(),
        e.actor(),
        e.role(),
        e.action(),
        e.objectType(),
        e.objectId(),
        e.outcome(),
        e.legalBasis(),
        e.reasons(),
        e.correlationId(),
        prevHash,
        e.entryHash());
  }

  @Test
  void reportsIntactForValidChainOfManyEntries() {
    ChainVerification result = ChainVerifier.verify(validChain(200));
    assertThat(result).isEqualTo(new ChainVerification(true, 200, null, null));
  }

  @Test
  void reportsIntactForEmptyLog() {
    ChainVerifier verifier = new ChainVerifier();
    assertThat(verifier.finish(0, Hashing.GENESIS_HASH).intact()).isTrue();
  }

  @Test
  void namesEntryWhoseFieldWasChanged() {
    List<AuditEntry> chain = new ArrayList<>(validChain(10));
    chain.set(5, withOutcome(chain.get(5), Outcome.REFUSED)); // entry 6

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSequence()).isEqualTo(6L);
    assertThat(result.reason())
        .isEqualTo("entry 6 was changed: its entry_hash does not match the recomputed hash");
  }

  @Test
  void namesDeletedEntry() {
    List<AuditEntry> chain = new ArrayList<>(validChain(10));
    chain.remove(3); // entry 4

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.firstBrokenSequence()).isEqualTo(4L);
    assertThat(result.reason()).isEqualTo("entry 4 is missing");
  }

  @Test
  void namesSeveralDeletedEntriesAsRange() {
    List<AuditEntry> chain = new ArrayList<>(validChain(10));
    chain.subList(3, 6).clear(); // entries 4, 5, 6

    assertThat(ChainVerifier.verify(chain).reason()).isEqualTo("entries 4 to 6 are missing");
  }

  @Test
  void namesMissingFirstEntry() {
    List<AuditEntry> chain = new ArrayList<>(validChain(5));
    chain.remove(0);

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.firstBrokenSequence()).isEqualTo(1L);
    assertThat(result.reason()).isEqualTo("entry 1 is missing");
  }

  @Test
  void namesMissingLastEntryWhenTheChainHeadRecordsMore() {
    List<AuditEntry> chain = validChain(10);
    ChainVerifier verifier = new ChainVerifier();
    chain.subList(0, 9).forEach(verifier::accept);

    ChainVerification result = verifier.finish(10, chain.get(9).entryHash());

    assertThat(result.firstBrokenSequence()).isEqualTo(10L);
    assertThat(result.reason()).isEqualTo("entry 10 is missing (the chain head records 10)");
  }

  @Test
  void namesFirstOfTwoSwappedEntries() {
    List<AuditEntry> chain = new ArrayList<>(validChain(10));
    Collections.swap(chain, 6, 7); // entries 7 and 8

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.firstBrokenSequence()).isEqualTo(7L);
    assertThat(result.reason())
        .isEqualTo("entries 7 and 8 are swapped: entry 8 comes before entry 7");
  }

  @Test
  void namesEntryWhoseContentWasSwappedWithItsNeighbourUnderTheSameSequenceNumbers() {
    List<AuditEntry> chain = new ArrayList<>(validChain(10));
    AuditEntry third = chain.get(2);
    AuditEntry fourth = chain.get(3);
    // the rows keep their sequence numbers, the rest of the content is exchanged
    chain.set(2, withSequence(fourth, 3));
    chain.set(3, withSequence(third, 4));

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.firstBrokenSequence()).isEqualTo(3L);
    assertThat(result.reason())
        .isEqualTo(
            "entry 3 does not link to entry 2 (prev_hash mismatch): entries were reordered or"
                + " re-linked");
  }

  @Test
  void namesEntryWhoseHashWasChangedEvenWhenTheNextEntryWasReLinked() {
    List<AuditEntry> chain = new ArrayList<>(validChain(10));
    AuditEntry forged = chain.get(4).withEntryHash("f".repeat(64)); // entry 5
    chain.set(4, forged);
    chain.set(5, withPrevHash(chain.get(5), forged.entryHash())); // entry 6 re-linked

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.firstBrokenSequence()).isEqualTo(5L);
    assertThat(result.reason())
        .isEqualTo("entry 5 was changed: its entry_hash does not match the recomputed hash");
  }

  @Test
  void namesReLinkedEntryThatWasRehashedToLookConsistent() {
    List<AuditEntry> chain = new ArrayList<>(validChain(10));
    AuditEntry relinked = withPrevHash(chain.get(4), "a".repeat(64));
    chain.set(4, relinked.withEntryHash(relinked.computeHash())); // self-consistent entry 5

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.firstBrokenSequence()).isEqualTo(5L);
    assertThat(result.reason()).contains("entry 5 does not link to entry 4");
  }

  @Test
  void namesRewrittenTailThatNoLongerMatchesTheChainHead() {
    List<AuditEntry> original = validChain(5);
    // an attacker rewrites entry 5 completely and rehashes it; only the chain head remembers
    AuditEntry rewritten =
        AuditEntry.append(
            5,
            original.get(4).occurredAt(),
            ChainFixtures.event(99),
            "corr-5",
            original.get(3).entryHash());
    List<AuditEntry> chain = new ArrayList<>(original.subList(0, 4));
    chain.add(rewritten);
    ChainVerifier verifier = new ChainVerifier();
    chain.forEach(verifier::accept);

    ChainVerification result = verifier.finish(5, original.get(4).entryHash());

    assertThat(result.firstBrokenSequence()).isEqualTo(5L);
    assertThat(result.reason())
        .isEqualTo("entry 5 does not match the hash recorded in the chain head");
  }

  @Test
  void namesFirstEntryThatDoesNotStartFromTheGenesisHash() {
    List<AuditEntry> chain = new ArrayList<>(validChain(3));
    AuditEntry first = withPrevHash(chain.get(0), "1".repeat(64));
    chain.set(0, first.withEntryHash(first.computeHash()));

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.firstBrokenSequence()).isEqualTo(1L);
    assertThat(result.reason()).isEqualTo("entry 1 does not link to the genesis hash");
  }

  @Test
  void namesDuplicatedEntry() {
    List<AuditEntry> chain = new ArrayList<>(validChain(5));
    chain.add(3, chain.get(2));

    ChainVerification result = ChainVerifier.verify(chain);

    assertThat(result.firstBrokenSequence()).isEqualTo(3L);
    assertThat(result.reason()).isEqualTo("entry 3 appears twice");
  }

  @Test
  void reportsOnlyTheFirstBreak() {
    List<AuditEntry> chain = new ArrayList<>(validChain(10));
    chain.set(1, withOutcome(chain.get(1), Outcome.FAILED));
    chain.remove(7);

    assertThat(ChainVerifier.verify(chain).firstBrokenSequence()).isEqualTo(2L);
  }

  private static AuditEntry withSequence(AuditEntry e, long sequence) {
    return new AuditEntry(
        sequence,
        e.occurredAt(),
        e.actor(),
        e.role(),
        e.action(),
        e.objectType(),
        e.objectId(),
        e.outcome(),
        e.legalBasis(),
        e.reasons(),
        e.correlationId(),
        e.prevHash(),
        e.entryHash());
  }
}
