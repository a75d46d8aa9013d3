package nl.toeslagen.audit.api;

import java.util.List;
import java.util.function.Consumer;

/** Read access to the audit log (read-only: the inspectorate's view). */
public interface AuditQuery {

  /** One page of the entries matching the criteria, ordered by sequence number. */
  AuditPage search(AuditSearchCriteria criteria);

  /** All entries about one object, oldest first. */
  List<AuditEntryView> forObject(String objectType, String objectId);

  /** The entry with this sequence number, if any. */
  java.util.Optional<AuditEntryView> bySequence(long sequence);

  /**
   * Streams every entry matching the criteria's filters and order to the consumer, page by page
   * (the criteria's page and size are ignored): for exports of any size.
   */
  void forEachMatching(AuditSearchCriteria criteria, Consumer<AuditEntryView> consumer);
}
