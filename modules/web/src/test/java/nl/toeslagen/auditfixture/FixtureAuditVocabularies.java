package nl.toeslagen.auditfixture;

import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;

/** Labels one code the fixtures write and one they never write. */
public class FixtureAuditVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "fixture-audit";
  }

  @Override
  public String contextNl() {
    return "Voorbeeld";
  }

  @Override
  public String contextEn() {
    return "Fixture";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.ofCodes(
            "auditActions",
            Map.of("FIXTURE_LABELLED", "Gelabeld", "FIXTURE_STALE", "Nooit geschreven")));
  }
}
