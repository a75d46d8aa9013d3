package nl.toeslagen.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;

/**
 * The codes of letters and documents for {@code GET /api/labels}: the action codes of the audit
 * entries written when a letter is stored ({@code LETTER_CREATED}, the action the unit of work
 * gives a letter it queues) and when a document is deleted ({@code AuditActionsTest} checks them
 * against the code). The letter kinds are the contexts' own.
 */
@ApplicationScoped
public class DocumentVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "documents";
  }

  @Override
  public String contextNl() {
    return "Brieven en documenten";
  }

  @Override
  public String contextEn() {
    return "Letters and documents";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.ofCodes(
            "auditActions",
            Map.of(
                "LETTER_CREATED", "Brief gemaakt en opgeslagen",
                "DOCUMENT_DELETED", "Document verwijderd")),
        Vocabulary.ofCodes("auditObjectTypes", Map.of("DOCUMENT", "Document")));
  }
}
