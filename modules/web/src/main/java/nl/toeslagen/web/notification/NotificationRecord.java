package nl.toeslagen.web.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.toeslagen.kernel.Notice;

/** One stored notice (table web_notification). */
@Entity
@Table(name = "web_notification")
public class NotificationRecord {

  static final int USER = 64;
  static final int LABEL = 200;
  static final int TEXT = 1000;
  static final int CODE = 40;
  static final int CASE_ID = 64;

  @Id
  @Column(name = "id")
  private String id;

  @Column(name = "recipient_user")
  private String recipientUser;

  @Column(name = "recipient_role")
  private String recipientRole;

  @Column(name = "kind")
  private String kind;

  @Column(name = "workflow")
  private String workflow;

  @Column(name = "case_id")
  private String caseId;

  @Column(name = "case_label")
  private String caseLabel;

  @Column(name = "text_nl")
  private String textNl;

  @Column(name = "sender")
  private String sender;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected NotificationRecord() {}

  /** The row of {@code notice}, each text cut to its column. */
  NotificationRecord(String id, Notice notice, Instant createdAt) {
    this.id = id;
    this.recipientUser = cut(notice.recipientUser(), USER);
    this.recipientRole = notice.recipientRole() == null ? null : notice.recipientRole().name();
    this.kind = notice.kind().name();
    this.workflow = cut(notice.workflow(), CODE);
    this.caseId = cut(notice.caseId(), CASE_ID);
    this.caseLabel = Notice.summary(notice.caseLabel(), LABEL);
    this.textNl = Notice.summary(notice.textNl(), TEXT);
    this.sender = cut(notice.sender(), USER);
    this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
  }

  public String id() {
    return id;
  }

  public String recipientUser() {
    return recipientUser;
  }

  public String recipientRole() {
    return recipientRole;
  }

  public String kind() {
    return kind;
  }

  public String workflow() {
    return workflow;
  }

  public String caseId() {
    return caseId;
  }

  public String caseLabel() {
    return caseLabel;
  }

  public String textNl() {
    return textNl;
  }

  public String sender() {
    return sender;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
