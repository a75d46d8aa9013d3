package nl.toeslagen.audit.api;

/** Verifies the integrity of the whole audit log. */
public interface AuditVerifier {

  /**
   * Recomputes the hash chain over every stored entry (page by page, in sequence order) and checks
   * the last entry against the chain head. Reports the first break.
   */
  ChainVerification verify();
}
