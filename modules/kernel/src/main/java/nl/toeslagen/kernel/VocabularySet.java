package nl.toeslagen.kernel;

import java.util.List;
import java.util.Map;

/**
 * The vocabularies of one context: every code it shows to people, with its label. Each context
 * provides one (a CDI bean in its application package, as it does a {@link PolicySet}); the web
 * module serves them all at {@code GET /api/labels}. A test checks that every enum of a domain
 * package is listed in some set or exempted by one, with the reason.
 */
public interface VocabularySet {

  /** The context, e.g. {@code "objections"}: the same name as its {@link PolicySet}. */
  String context();

  /** The context's name in Dutch, e.g. {@code "Bezwaar"}. */
  String contextNl();

  /** The context's name in English. */
  String contextEn();

  /** The vocabularies, each a code-to-label map. */
  List<Vocabulary> vocabularies();

  /**
   * Enums of this context's domain that are deliberately not a vocabulary (never shown to people),
   * each with the reason.
   */
  default Map<Class<?>, String> exempt() {
    return Map.of();
  }
}
