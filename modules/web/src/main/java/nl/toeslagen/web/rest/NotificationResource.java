package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.kernel.NoticeKind;
import nl.toeslagen.kernel.Paging;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.web.notification.CaseLinks;
import nl.toeslagen.web.notification.NotificationRecord;
import nl.toeslagen.web.notification.NotificationStore;

/**
 * The caller's notifications: reminders and escalations of the deadline watch, review requests,
 * returned drafts and assignments, addressed to them or to one of their roles; newest first, with a
 * link to the case. A notice carries only the masked case label, no citizen data, so listing them
 * is no read of a citizen's data and is not audited; neither is marking one read. A notice that is
 * not the caller's to see does not exist for them (404).
 */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  static final int DEFAULT_SIZE = 20;

  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  @Inject ActorProvider actors;

  @Inject NotificationStore store;

  /** One page of notifications, the caller's unread count and the total of the list asked for. */
  public record NotificationList(
      List<NotificationItem> notifications, long unread, long total, int page, int size) {}

  /**
   * A notification: its kind (code and Dutch label), the case (workflow, id, label, the UI route),
   * the Dutch text, when it was sent and whether the caller has read it.
   */
  public record NotificationItem(
      String id,
      String kind,
      String kindLabel,
      String workflow,
      String caseId,
      String caseLabel,
      String textNl,
      Instant createdAt,
      boolean read,
      String href) {}

  /** How many notifications the caller has not read. */
  public record UnreadCount(long unread) {}

  @GET
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.PRIVACY,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE,
    RoleNames.BEHEER
  })
  public NotificationList list(
      @QueryParam("unreadOnly") @Pattern(regexp = "(true|false)?", message = "{toeslagen.boolean}")
          String unreadOnly,
      @QueryParam("page") @Pattern(regexp = Paging.PAGE_PATTERN, message = "{toeslagen.page}")
          String page,
      @QueryParam("size")
          @Pattern(regexp = "[1-9]\\d?|100", message = "{toeslagen.notificationPageSize}")
          String size) {
    Actor actor = actors.current();
    int p = Paging.page(page);
    int s = Paging.size(size, DEFAULT_SIZE);
    NotificationStore.Page found = store.page(actor, "true".equals(unreadOnly), p, s);
    return new NotificationList(
        found.entries().stream().map(e -> item(e.notice(), e.read())).toList(),
        found.unread(),
        found.total(),
        found.page(),
        found.size());
  }

  @GET
  @Path("count")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.PRIVACY,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE,
    RoleNames.BEHEER
  })
  public UnreadCount count() {
    return new UnreadCount(store.unread(actors.current()));
  }

  @POST
  @Path("{id}/read")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.PRIVACY,
    RoleNames.TEAMLEIDER
  })
  public UnreadCount markRead(@PathParam("id") String id) {
    Actor actor = actors.current();
    boolean valid = id != null && ID.matcher(id).matches();
    if (!valid || !store.markRead(actor, id)) {
      throw new NotFoundException("melding", valid ? id : "(ongeldig)");
    }
    return new UnreadCount(store.unread(actor));
  }

  @POST
  @Path("read-all")
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.PRIVACY,
    RoleNames.TEAMLEIDER
  })
  public UnreadCount markAllRead() {
    Actor actor = actors.current();
    store.markAllRead(actor);
    return new UnreadCount(store.unread(actor));
  }

  private static NotificationItem item(NotificationRecord n, boolean read) {
    return new NotificationItem(
        n.id(),
        n.kind(),
        label(n.kind()),
        n.workflow(),
        n.caseId(),
        n.caseLabel(),
        n.textNl(),
        n.createdAt(),
        read,
        CaseLinks.href(n.workflow(), n.caseId()));
  }

  private static String label(String kind) {
    try {
      return NoticeKind.valueOf(kind).labelNl();
    } catch (IllegalArgumentException e) {
      return kind;
    }
  }
}
