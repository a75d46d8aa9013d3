package nl.toeslagen.audit.api;

import java.util.List;

/** One page of a search: the entries, the total number of matches, and the page asked for. */
public record AuditPage(List<AuditEntryView> entries, long total, int page, int size) {

  public AuditPage {
    entries = List.copyOf(entries);
  }
}
