package nl.toeslagen.kernel;

import java.util.Objects;

/**
 * A notice to a person about one of their cases: shown in the UI's notification list with a link to
 * the case, until they mark it read. Addressed to exactly one user or to one role (then every user
 * holding that role sees it, except its sender). It carries only what the task list shows of the
 * case (the masked case label), never a citizen's data.
 *
 * @param recipientUser the user it is for, or null when it is for a role
 * @param recipientRole the role it is for, or null when it is for a user
 * @param kind what it tells
 * @param workflow the context of the case, as its {@link VocabularySet} names it ({@link
 *     #OBJECTIONS}, {@link #FRAUD_REVIEW})
 * @param caseId the case (the process business key)
 * @param caseLabel what the task list shows of the case (case number and benefit); the case id when
 *     null
 * @param textNl the message in plain Dutch
 * @param sender the user whose action caused it, or {@link Actor#SYSTEM_USER} (when null)
 */
public record Notice(
    String recipientUser,
    Role recipientRole,
    NoticeKind kind,
    String workflow,
    String caseId,
    String caseLabel,
    String textNl,
    String sender) {

  /** The workflow of objection cases. */
  public static final String OBJECTIONS = "objections";

  /** The workflow of fraud-review signals. */
  public static final String FRAUD_REVIEW = "fraud-review";

  public Notice {
    boolean toUser = recipientUser != null && !recipientUser.isBlank();
    if (toUser == (recipientRole != null)) {
      throw new IllegalArgumentException("a notice is for exactly one user or one role");
    }
    Objects.requireNonNull(kind, "kind");
    requireText(workflow, "workflow");
    requireText(caseId, "caseId");
    requireText(textNl, "textNl");
    recipientUser = toUser ? recipientUser.strip() : null;
    caseLabel = caseLabel == null || caseLabel.isBlank() ? caseId : caseLabel.strip();
    textNl = textNl.strip();
    sender = sender == null || sender.isBlank() ? Actor.SYSTEM_USER : sender;
  }

  /** A notice for one user. */
  public static Notice toUser(
      String user,
      NoticeKind kind,
      String workflow,
      String caseId,
      String caseLabel,
      String textNl,
      String sender) {
    return new Notice(user, null, kind, workflow, caseId, caseLabel, textNl, sender);
  }

  /** A notice for every user holding {@code role} (but not for its sender). */
  public static Notice toRole(
      Role role,
      NoticeKind kind,
      String workflow,
      String caseId,
      String caseLabel,
      String textNl,
      String sender) {
    return new Notice(null, role, kind, workflow, caseId, caseLabel, textNl, sender);
  }

  /**
   * The start of {@code text} for a notice (e.g. a reviewer's remarks): whitespace collapsed, at
   * most {@code max} characters, ending in "…" when cut; "" for null.
   */
  public static String summary(String text, int max) {
    if (text == null) {
      return "";
    }
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, Math.max(0, max - 1)).strip() + "…";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
