package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.kernel.DateRange;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;

/**
 * Access and security for {@code GET /api/labels}: the roles, the outcomes of audit entries, the
 * kinds of notifications, and the kernel's enums that are never shown.
 */
@ApplicationScoped
public class WebVocabularies implements VocabularySet {

  @Override
  public String context() {
    return "web";
  }

  @Override
  public String contextNl() {
    return "Toegang en beveiliging";
  }

  @Override
  public String contextEn() {
    return "Access and security";
  }

  @Override
  public List<Vocabulary> vocabularies() {
    return List.of(
        Vocabulary.of("roles", Role.class, Role::labelNl, Role::labelEn),
        Vocabulary.of("auditOutcomes", Outcome.class, Outcome::labelNl, Outcome::labelEn),
        Vocabulary.of("noticeKinds", NoticeKind.class, NoticeKind::labelNl, NoticeKind::labelEn));
  }

  @Override
  public Map<Class<?>, String> exempt() {
    return Map.of(
        DateRange.class,
        "the plausible range per kind of date, used in validation; never shown as a code",
        PolicyViolationException.Kind.class,
        "the HTTP status class of a refusal; the problem response carries the texts");
  }
}
