package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.web.security.Navigation;

/**
 * Who is logged in, their roles, the navigation the UI shows them and the actions they may take:
 * the operation ids of the OpenAPI document the role check lets them call ({@link Operations}), so
 * the UI shows no control the server would refuse by role. Per-case permissions are in the case
 * views.
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
  public JsonObject me() {
    Actor actor = actors.current();
    JsonArrayBuilder roles = Json.createArrayBuilder();
    for (Role role : actor.roles()) {
      roles.add(Json.createObjectBuilder().add("code", role.name()).add("label", role.labelNl()));
    }
    JsonArrayBuilder nav = Json.createArrayBuilder();
    for (Navigation.Item item : Navigation.forRoles(actor.roles())) {
      nav.add(Json.createObjectBuilder().add("label", item.label()).add("href", item.href()));
    }
    JsonArrayBuilder actions = Json.createArrayBuilder();
    for (String action : Operations.allowed(actor, Operations.all())) {
      actions.add(action);
    }
    return Json.createObjectBuilder()
        .add("userName", actor.userName())
        .add("roles", roles)
        .add("navigation", nav)
        .add("actions", actions)
        .build();
  }
}
