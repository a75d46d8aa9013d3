package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.toeslagen.audit.api.AuditEvent;
import nl.toeslagen.audit.api.Outcome;
import nl.toeslagen.kernel.ActorProvider;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.PolicyViolationException;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.web.security.SegregationOfDutiesPolicy;
import nl.toeslagen.web.security.UserAccount;
import nl.toeslagen.web.security.UserDirectory;

/**
 * User administration for BEHEER: who can log in, with which roles. Every new account is audited.
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  static final int MIN_PASSWORD_LENGTH = 12;

  /** Longer passwords only cost hashing time. */
  static final int MAX_PASSWORD_LENGTH = 128;

  @Inject UserDirectory users;

  @Inject Pbkdf2PasswordHash hash;

  @Inject ActorProvider actors;

  @Inject Event<AuditEvent> audit;

  @Inject Clock clock;

  /**
   * A new account: user name, display name, initial password and roles (codes such as BEHANDELAAR).
   */
  public record NewUser(
      @NotNull @Pattern(regexp = "[a-z][a-z0-9._-]{2,63}", message = "{toeslagen.userName}")
          String userName,
      @NotBlank @Size(max = 200) String displayName,
      @NotNull @Size(min = MIN_PASSWORD_LENGTH, max = MAX_PASSWORD_LENGTH) String password,
      @NotEmpty @Size(max = 10) List<@NotNull @Size(max = 20) String> roles,
      @Size(max = 64) String team) {
    /** Explicit: keeps the constraints off the constructor parameters (see ADR 0012). */
    public NewUser(
        String userName, String displayName, String password, List<String> roles, String team) {
      this.userName = userName;
      this.displayName = displayName;
      this.password = password;
      this.roles = roles;
      this.team = team;
    }
  }

  @GET
  @RolesAllowed({RoleNames.BEHEER, RoleNames.INSPECTIE})
  public UserList list() {
    return new UserList(
        users.all().stream()
            .map(
                u ->
                    new UserRow(
                        u.userName(),
                        u.displayName(),
                        u.roles().stream().map(Enum::name).toList(),
                        u.team() == null ? "" : u.team(),
                        u.demo(),
                        u.enabled()))
            .toList());
  }

  /** The accounts, for user administration. */
  public record UserList(List<UserRow> users) {}

  /** One account: its roles by code, its team ("" for none), whether it is a demo account. */
  public record UserRow(
      String userName,
      String displayName,
      List<String> roles,
      String team,
      boolean demo,
      boolean enabled) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Transactional
  @RolesAllowed(RoleNames.BEHEER)
  public Response create(@NotNull @Valid NewUser request) {
    String name = request.userName();
    Set<Role> roles = roles(request.roles());
    PolicyDecision segregation = new SegregationOfDutiesPolicy().evaluate(roles);
    if (segregation.refused()) {
      // audited by the exception mapper, filed under the user that was not created
      throw new PolicyViolationException(segregation, "USER", name).onField("roles");
    }
    if (users.find(name).isPresent()) {
      throw new ConflictException(
          "Er bestaat al een gebruiker " + name + ".", "A user " + name + " already exists.");
    }
    users.add(
        new UserAccount(
            name,
            request.displayName().trim(),
            hash.generate(request.password().toCharArray()),
            roles,
            request.team(),
            false,
            OffsetDateTime.now(clock)));
    String rolesText = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    audit.fire(
        new AuditEvent(
            actors.current().userName(),
            actors.current().rolesText(),
            "USER_CREATED",
            "USER",
            name,
            Outcome.SUCCESS,
            null,
            "roles " + rolesText));
    return Response.status(201)
        .entity(Json.createObjectBuilder().add("userName", name).add("roles", rolesText).build())
        .build();
  }

  private static Set<Role> roles(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw new ValidationException(
          "roles", "Kies ten minste één rol.", "Choose at least one role.");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String code : codes) {
      try {
        roles.add(Role.valueOf(code == null ? "" : code.trim()));
      } catch (IllegalArgumentException e) {
        String known =
            java.util.Arrays.stream(Role.values())
                .map(Role::name)
                .collect(Collectors.joining(", "));
        throw new ValidationException(
            "roles",
            "Onbekende rol '" + code + "'. Kies uit: " + known + ".",
            "Unknown role '" + code + "'. Choose from: " + known + ".");
      }
    }
    return roles;
  }
}
