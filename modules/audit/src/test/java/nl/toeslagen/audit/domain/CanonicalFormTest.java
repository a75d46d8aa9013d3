package nl.toeslagen.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {

  private static final Instant AT = Instant.parse("2024-05-01T10:15:30.123Z");

  private static AuditEntry entry(String actor, String role, String reasons, String legalBasis) {
    return AuditEntry.append(
        7,
        AT,
        new AuditEvent(
            actor,
            role,
            "DECISION_TAKEN",
            "OBJECTION",
            "obj-1",
            Outcome.SUCCESS,
            legalBasis,
            reasons),
        "corr-1",
        Hashing.GENESIS_HASH);
  }

  @Test
  void listsFieldsInFixedOrderLengthPrefixedWithUtcMillis() {
    assertThat(CanonicalForm.of(entry("jan", "BEHANDELAAR", "te laat", null)))
        .isEqualTo(
            "toeslagen-audit-entry/v1\n"
                + "sequence=1:7\n"
                + "occurred_at=24:2024-05-01T10:15:30.123Z\n"
                + "actor=3:jan\n"
                + "role=11:BEHANDELAAR\n"
                + "action=14:DECISION_TAKEN\n"
                + "object_type=9:OBJECTION\n"
                + "object_id=5:obj-1\n"
                + "outcome=7:SUCCESS\n"
                + "legal_basis=~\n"
                + "reasons=7:te laat\n"
                + "correlation_id=6:corr-1\n"
                + "prev_hash=64:"
                + "0".repeat(64)
                + "\n");
  }

  @Test
  void isStableSoTheSameEntryAlwaysHashesTheSame() {
    AuditEntry a = entry("jan", "BEHANDELAAR", "te laat", "BWBR0005537 art. 6:7");
    AuditEntry b = entry("jan", "BEHANDELAAR", "te laat", "BWBR0005537 art. 6:7");
    assertThat(a.entryHash()).isEqualTo(b.entryHash()).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(a.hashMatches()).isTrue();
  }

  @Test
  void distinguishesFieldBoundaries() {
    AuditEntry ab = entry("ab", "c", "x", null);
    AuditEntry a = entry("a", "bc", "x", null);
    assertThat(CanonicalForm.of(ab)).isNotEqualTo(CanonicalForm.of(a));
    assertThat(ab.entryHash()).isNotEqualTo(a.entryHash());
  }

  @Test
  void valueContainingSeparatorsCannotImitateTheNextField() {
    AuditEntry sneaky = entry("jan", "BEHANDELAAR", "x\nlegal_basis=~", null);
    AuditEntry plain = entry("jan", "BEHANDELAAR", "x", null);
    assertThat(sneaky.entryHash()).isNotEqualTo(plain.entryHash());
  }

  @Test
  void distinguishesNullFromEmpty() {
    assertThat(entry("jan", "BEHANDELAAR", null, null).entryHash())
        .isNotEqualTo(entry("jan", "BEHANDELAAR", "", null).entryHash());
  }

  @Test
  void normalisesTimeToUtcMilliseconds() {
    AuditEntry withNanos =
        AuditEntry.append(
            1,
            Instant.parse("2024-05-01T10:15:30.123456789Z"),
            ChainFixtures.event(1),
            "c",
            Hashing.GENESIS_HASH);
    AuditEntry withMillis =
        AuditEntry.append(1, AT, ChainFixtures.event(1), "c", Hashing.GENESIS_HASH);
    assertThat(withNanos.occurredAt()).isEqualTo(AT);
    assertThat(withNanos.entryHash()).isEqualTo(withMillis.entryHash());
  }

  @Test
  void hashesWithSha256() {
    assertThat(Hashing.sha256Hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
