package nl.toeslagen.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        Vocabulary.of("noticeKinds", NoticeKind.class, NoticeKind::labelNl, NoticeKind::labelEn),
        Vocabulary.ofCodes("auditActions", AUDIT_ACTIONS_NL),
        Vocabulary.ofCodes("auditActionPrefixes", Map.of(REFUSED, "Geweigerd")),
        Vocabulary.ofCodes(
            "auditObjectTypes", Map.of("USER", "Gebruiker", "AUDIT_TRAIL", "Audittrail")));
  }

  /**
   * The prefix of the action of a refused request, {@code "REFUSED <what>"}: the HTTP method
   * ({@code RoleCheckFilter}) or the operation ({@code DomainExceptionMapper}). Shown as its label
   * and the rest in brackets, e.g. "Geweigerd (POST)".
   */
  public static final String REFUSED = "REFUSED";

  /**
   * The action codes of the audit entries of logins, the audit trail and user administration, in
   * plain Dutch ({@code AuditActionsTest} checks them against the code).
   */
  static final Map<String, String> AUDIT_ACTIONS_NL = auditActions();

  private static Map<String, String> auditActions() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("LOGIN", "Ingelogd");
    labels.put("LOGIN_FAILED", "Inloggen mislukt");
    labels.put("LOGIN_THROTTLED", "Inloggen tijdelijk geblokkeerd (te veel pogingen)");
    labels.put("LOGIN_REFUSED", "Inloggen geweigerd");
    labels.put("AUDIT_TRAIL_READ", "Audittrail ingezien");
    labels.put("AUDIT_TRAIL_EXPORTED", "Audittrail geëxporteerd");
    labels.put("USER_CREATED", "Gebruiker aangemaakt");
    labels.put("TASKS_SEARCHED_BY_BSN", "Takenlijst doorzocht op BSN");
    return Collections.unmodifiableMap(labels);
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
