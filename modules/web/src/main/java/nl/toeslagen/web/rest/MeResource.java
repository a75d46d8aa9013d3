package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
 * Who is logged in, their roles, the navigation the UI shows them and the actions they may take:
 * the operation ids of the OpenAPI document the role check lets them call ({@link Operations}), so
 * the UI shows no control the server would refuse by role. Per-case permissions are in the case
 * views. Answered as records, so the OpenAPI document describes the fields and the UI's generated
 * types follow them (ADR 0020).
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
    List<String> actions = List.copyOf(Operations.allowed(actor, Operations.all()));
    return new MeView(actor.userName(), roles, navigation, actions);
  }

  /**
   * The logged-in user: name, roles (code and Dutch label), the navigation items and the operation
   * ids they may call.
   */
  public record MeView(
      String userName,
      List<RoleView> roles,
      List<NavigationItem> navigation,
      List<String> actions) {}

  /** A role: its code (BEHANDELAAR, ...) and its Dutch label. */
  public record RoleView(@NotNull String code, @NotNull String label) {}

  /** A navigation item: its Dutch label and the page it leads to. */
  public record NavigationItem(String label, String href) {}
}
