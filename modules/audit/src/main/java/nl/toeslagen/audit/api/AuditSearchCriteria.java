package nl.toeslagen.audit.api;

import java.time.Instant;

/**
 * Search criteria for audit entries. Every filter is optional (null = no filter). The date range is
 * in UTC: {@code from} inclusive, {@code to} exclusive.
 *
 * @param page zero-based page number
 * @param size page size, 1..{@value #MAX_PAGE_SIZE}
 * @param ascending order by sequence number ascending (oldest first) or descending (newest first)
 */
public record AuditSearchCriteria(
    String objectType,
    String objectId,
    String actor,
    String action,
    Instant from,
    Instant to,
    int page,
    int size,
    boolean ascending) {

  public static final int MAX_PAGE_SIZE = 1000;
  public static final int DEFAULT_PAGE_SIZE = 50;

  public AuditSearchCriteria {
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
    }
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  /** All entries, first page, oldest first. */
  public static AuditSearchCriteria all() {
    return new AuditSearchCriteria(null, null, null, null, null, null, 0, DEFAULT_PAGE_SIZE, true);
  }

  /** All entries about one object, oldest first. */
  public static AuditSearchCriteria forObject(String objectType, String objectId) {
    return all().withObject(objectType, objectId);
  }

  public AuditSearchCriteria withObject(String objectType, String objectId) {
    return new AuditSearchCriteria(
        objectType, objectId, actor, action, from, to, page, size, ascending);
  }

  public AuditSearchCriteria between(Instant from, Instant to) {
    return new AuditSearchCriteria(
        objectType, objectId, actor, action, from, to, page, size, ascending);
  }

  public AuditSearchCriteria page(int page, int size) {
    return new AuditSearchCriteria(
        objectType, objectId, actor, action, from, to, page, size, ascending);
  }

  public AuditSearchCriteria ascending(boolean ascending) {
    return new AuditSearchCriteria(
        objectType, objectId, actor, action, from, to, page, size, ascending);
  }
}
