package nl.toeslagen.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;

/**
 * The codes of the audit trail itself for {@code GET /api/labels}: the action of the entry that
 * accompanies a stored decision record ({@code AuditActionsTest} checks it against the code). The
 * outcomes of entries are labelled with the roles, in the web module's set.
 */
@ApplicationScoped
public class AuditVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "audit";
  }

  @Override
  public String contextNl() {
    return "Audittrail";
  }

  @Override
  public String contextEn() {
    return "Audit trail";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.ofCodes(
            "auditActions", Map.of("DECISION_RECORDED", "Besluit vastgelegd voor verantwoording")));
  }
}
