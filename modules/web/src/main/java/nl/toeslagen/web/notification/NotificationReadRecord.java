package nl.toeslagen.web.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/** That one user has read one notice (table web_notification_read). */
@Entity
@Table(name = "web_notification_read")
@IdClass(NotificationReadRecord.Key.class)
public class NotificationReadRecord {

  @Id
  @Column(name = "notification_id")
  private String notificationId;

  @Id
  @Column(name = "user_name")
  private String userName;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected NotificationReadRecord() {}

  NotificationReadRecord(String notificationId, String userName, Instant readAt) {
    this.notificationId = notificationId;
    this.userName = userName;
    this.readAt = readAt.atOffset(ZoneOffset.UTC);
  }

  /** The key: notice and user. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String notificationId;
    private String userName;

    public Key() {}

    public Key(String notificationId, String userName) {
      this.notificationId = notificationId;
      this.userName = userName;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(notificationId, k.notificationId)
          && Objects.equals(userName, k.userName);
    }

    @Override
    public int hashCode() {
      return Objects.hash(notificationId, userName);
    }
  }
}
