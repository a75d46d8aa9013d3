package nl.toeslagen.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;

/** Builds valid chains for tests. */
final class ChainFixtures {

  static final Instant START = Instant.parse("2024-03-01T09:00:00.000Z");

  private ChainFixtures() {}

  static List<AuditEntry> validChain(int n) {
    List<AuditEntry> chain = new ArrayList<>();
    String prev = Hashing.GENESIS_HASH;
    for (int i = 1; i <= n; i++) {
      AuditEntry e = AuditEntry.append(i, START.plusSeconds(i * 60L), event(i), "corr-" + i, prev);
      chain.add(e);
      prev = e.entryHash();
    }
    return chain;
  }

  static AuditEvent event(int i) {
    return new AuditEvent(
        "behandelaar" + (i % 3),
        "BEHANDELAAR",
        i % 2 == 0 ? "OBJECTION_REGISTERED" : "CASE_VIEWED",
        "OBJECTION",
        "obj-" + i,
        Outcome.SUCCESS,
        "BWBR0005537 art. 7:10",
        "reden " + i);
  }
}
