package nl.toeslagen.audit.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import nl.toeslagen.audit.api.AuditCorrelation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CorrelationIdTest {

  @AfterEach
  void clear() {
    AuditCorrelation.clear();
  }

  @Test
  void entryCarriesTheRequestsCorrelationIdWhenSet() {
    AuditCorrelation.set("req-42");
    assertThat(AuditCorrelation.current()).isEqualTo("req-42");
    assertThat(JpaAuditLog.correlationId()).isEqualTo("req-42");
  }

  @Test
  void entryGetsFreshUuidWhenNoneIsSet() {
    assertThat(AuditCorrelation.current()).isNull();
    String first = JpaAuditLog.correlationId();
    String second = JpaAuditLog.correlationId();
    assertThat(first).matches("[0-9a-f-]{36}").isNotEqualTo(second);
  }

  @Test
  void clearingRemovesTheId() {
    AuditCorrelation.set("req-42");
    AuditCorrelation.clear();
    assertThat(AuditCorrelation.current()).isNull();
  }
}
