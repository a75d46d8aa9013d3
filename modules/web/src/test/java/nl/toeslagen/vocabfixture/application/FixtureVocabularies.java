package nl.toeslagen.vocabfixture.application;

import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import nl.toeslagen.vocabfixture.domain.ExemptKind;
import nl.toeslagen.vocabfixture.domain.ListedKind;

/** Fixture: lists one enum, exempts another and forgets the third. */
public class FixtureVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "fixture";
  }

  @Override
  public String contextNl() {
    return "Proef";
  }

  @Override
  public String contextEn() {
    return "Fixture";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(Vocabulary.of("kinds", ListedKind.class, ListedKind::labelNl, null));
  }

  @Override
  public Map<Class<?>, String> exempt() {
    return Map.of(ExemptKind.class, "internal only");
  }
}
