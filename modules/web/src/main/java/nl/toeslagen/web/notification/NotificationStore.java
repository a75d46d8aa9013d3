package nl.toeslagen.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Notice;
import nl.toeslagen.kernel.Notifications;
import nl.toeslagen.kernel.Role;

/**
 * The notices in the database (kernel port {@link Notifications}). A notice is written in the
 * transaction of the change that caused it (never one of its own), so it exists exactly when the
 * change was committed. A user sees the notices addressed to them and those addressed to one of
 * their roles that someone else caused; whether they read one is kept per user.
 */
@ApplicationScoped
public class NotificationStore implements Notifications {

  /** Visible to :user — their own, and their roles' unless they caused it themselves. */
  private static final String MINE = "n.recipientUser = :user";

  private static final String MINE_OR_ROLES =
      "(n.recipientUser = :user or (n.recipientRole in :roles and n.sender <> :user))";

  private static final String UNREAD =
      " and not exists (select r from NotificationReadRecord r"
          + " where r.notificationId = n.id and r.userName = :user)";

  @PersistenceContext(unitName = "web")
  EntityManager em;

  @Inject Clock clock;

  /** One page of a user's notices, newest first, with their unread count and the total. */
  public record Page(List<Entry> entries, long unread, long total, int page, int size) {}

  /** A notice and whether this user has read it. */
  public record Entry(NotificationRecord notice, boolean read) {}

  @Override
  @Transactional(TxType.MANDATORY)
  public void send(Notice notice) {
    em.persist(new NotificationRecord(UUID.randomUUID().toString(), notice, clock.instant()));
  }

  /** The notices {@code actor} sees, newest first; only the unread ones if {@code unreadOnly}. */
  @Transactional
  public Page page(Actor actor, boolean unreadOnly, int page, int size) {
    String where = visible(actor) + (unreadOnly ? UNREAD : "");
    List<NotificationRecord> found =
        bind(
                em.createQuery(
                    "select n from NotificationRecord n where "
                        + where
                        + " order by n.createdAt desc, n.id desc",
                    NotificationRecord.class),
                actor)
            .setFirstResult(page * size)
            .setMaxResults(size)
            .getResultList();
    long total = count(actor, where);
    long unread = unreadOnly ? total : unread(actor);
    Set<String> read = new HashSet<>();
    if (!found.isEmpty() && !unreadOnly) {
      read.addAll(
          em.createQuery(
                  "select r.notificationId from NotificationReadRecord r"
                      + " where r.userName = :user and r.notificationId in :ids",
                  String.class)
              .setParameter("user", actor.userName())
              .setParameter("ids", found.stream().map(NotificationRecord::id).toList())
              .getResultList());
    }
    return new Page(
        found.stream().map(n -> new Entry(n, read.contains(n.id()))).toList(),
        unread,
        total,
        page,
        size);
  }

  /** How many notices {@code actor} has not read. */
  @Transactional
  public long unread(Actor actor) {
    return count(actor, visible(actor) + UNREAD);
  }

  /**
   * Marks one notice read for {@code actor}; false when there is no such notice or it is not theirs
   * to see (the caller answers 404 either way).
   */
  @Transactional
  public boolean markRead(Actor actor, String id) {
    List<NotificationRecord> found =
        bind(
                em.createQuery(
                    "select n from NotificationRecord n where n.id = :id and " + visible(actor),
                    NotificationRecord.class),
                actor)
            .setParameter("id", id)
            .getResultList();
    if (found.isEmpty()) {
      return false;
    }
    if (em.find(NotificationReadRecord.class, new NotificationReadRecord.Key(id, actor.userName()))
        == null) {
      em.persist(new NotificationReadRecord(id, actor.userName(), clock.instant()));
    }
    return true;
  }

  /** Marks every notice {@code actor} sees read; answers how many were unread. */
  @Transactional
  public int markAllRead(Actor actor) {
    List<String> ids =
        bind(
                em.createQuery(
                    "select n.id from NotificationRecord n where " + visible(actor) + UNREAD,
                    String.class),
                actor)
            .getResultList();
    var now = clock.instant();
    ids.forEach(id -> em.persist(new NotificationReadRecord(id, actor.userName(), now)));
    return ids.size();
  }

  private long count(Actor actor, String where) {
    return bind(
            em.createQuery("select count(n) from NotificationRecord n where " + where, Long.class),
            actor)
        .getSingleResult();
  }

  private static String visible(Actor actor) {
    return actor.roles().isEmpty() ? MINE : MINE_OR_ROLES;
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, Actor actor) {
    query.setParameter("user", actor.userName());
    if (!actor.roles().isEmpty()) {
      query.setParameter("roles", actor.roles().stream().map(Role::name).toList());
    }
    return query;
  }
}
