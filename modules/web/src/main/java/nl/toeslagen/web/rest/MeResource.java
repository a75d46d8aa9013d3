package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.web.security.Navigation;

/**
 * Who is logged in, their roles and the navigation the UI shows them. Answered as records, so the
 * OpenAPI document describes the fields and the UI's generated types follow them (ADR 0020).
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject ActorProvider actors;

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
  public MeView me() {
    Actor actor = actors.current();
    List<RoleView> roles =
        actor.roles().stream().map(role -> new RoleView(role.name(), role.labelNl())).toList();
    List<NavigationItem> navigation =
        Navigation.forRoles(actor.roles()).stream()
            .map(item -> new NavigationItem(item.label(), item.href()))
            .toList();
    return new MeView(actor.userName(), roles, navigation);
  }

  /** The logged-in user: name, roles (code and Dutch label) and the navigation items. */
  public record MeView(String userName, List<RoleView> roles, List<NavigationItem> navigation) {}

  /** A role: its code (BEHANDELAAR, ...) and its Dutch label. */
  public record RoleView(String code, String label) {}

  /** A navigation item: its Dutch label and the page it leads to. */
  public record NavigationItem(String label, String href) {}
}
