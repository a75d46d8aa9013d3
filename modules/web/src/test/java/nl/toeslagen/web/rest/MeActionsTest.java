package nl.toeslagen.web.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.toeslagen.kernel.Actor;
import nl.toeslagen.kernel.Role;
import nl.toeslagen.web.rest.openapi.ResourceScan.ResourceMethod;
import nl.toeslagen.web.security.LoginAudit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The actions {@code GET /api/me} lists for a role are exactly the operations the {@link
 * RoleCheckFilter} itself lets that role through: each operation of the application is run through
 * the real filter, and the ones it does not abort must be the ones listed.
 */
class MeActionsTest {

  private static final List<ResourceMethod> OPERATIONS =
      Operations.all().stream()
          .filter(op -> op.resource().getName().startsWith("nl.toeslagen."))
          .filter(op -> !op.resource().getName().contains(".archfixture."))
          .filter(op -> !op.resource().getName().contains(".it.probe."))
          .toList();

  @ParameterizedTest
  @EnumSource(Role.class)
  void theListedActionsOfEachRoleAreExactlyWhatTheRoleFilterLetsThrough(Role role) {
    Actor actor = Actor.of(role.name().toLowerCase() + "1", role);
    List<String> passed = new ArrayList<>();
    for (ResourceMethod op : OPERATIONS) {
      if (passesTheFilter(actor, op)) {
        passed.add(op.operationId());
      }
    }
    assertThat(Operations.allowed(actor, OPERATIONS)).containsExactlyInAnyOrderElementsOf(passed);
    assertThat(passed).contains("MeResource_me", "LabelResource_labels");
  }

  @Test
  void theInspectorateIsListedNoChangeEvenWhereAnAnnotationNamesIt() {
    List<String> listed = Operations.allowed(Actor.of("inspectie1", Role.INSPECTIE), OPERATIONS);
    assertThat(listed).contains("AuditResource_export", "UserResource_list");
    assertThat(listed).doesNotContain("UserResource_create", "ObjectionResource_receive");
    for (ResourceMethod op : OPERATIONS) {
      if (listed.contains(op.operationId())) {
        assertThat(op.httpMethod()).as(op.operationId()).isIn("GET", "HEAD", "OPTIONS");
      }
    }
  }

  @Test
  void eachRoleGetsTheActionsOfItsOwnWork() {
    assertThat(Operations.allowed(Actor.of("b", Role.BEHANDELAAR), OPERATIONS))
        .contains("ObjectionResource_receive", "TaskResource_claim")
        .doesNotContain("TaskResource_assign", "ObjectionResource_review", "UserResource_create");
    assertThat(Operations.allowed(Actor.of("t", Role.TEAMLEIDER), OPERATIONS))
        .contains("TaskResource_assign")
        .doesNotContain("AuditResource_export", "ObjectionResource_receive");
    assertThat(Operations.allowed(Actor.of("v", Role.VAKTECHNIEK), OPERATIONS))
        .contains("ObjectionResource_review");
    assertThat(Operations.allowed(Actor.of("a", Role.BEHEER), OPERATIONS))
        .contains("UserResource_create")
        .doesNotContain("SignalResource_register");
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleReadsItsNotificationsAndOnlyTheCaseRolesMarkThemRead(Role role) {
    List<String> listed = Operations.allowed(Actor.of("u", role), OPERATIONS);
    assertThat(listed).contains("NotificationResource_list", "NotificationResource_count");
    boolean caseWork = role != Role.INSPECTIE && role != Role.BEHEER;
    assertThat(listed.contains("NotificationResource_markRead")).isEqualTo(caseWork);
    assertThat(listed.contains("NotificationResource_markAllRead")).isEqualTo(caseWork);
  }

  /** Runs the real filter for {@code op} as {@code actor}; true when it lets the call through. */
  private static boolean passesTheFilter(Actor actor, ResourceMethod op) {
    RoleCheckFilter filter = new RoleCheckFilter();
    filter.actors = () -> actor;
    SilentAudit refusals = new SilentAudit();
    filter.refusals = refusals;
    filter.resource = resourceInfo(op);
    AtomicBoolean aborted = new AtomicBoolean();
    ContainerRequestContext request =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                MeActionsTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getMethod" -> op.httpMethod();
                      case "getHeaderString" ->
                          "Authorization".equals(args[0]) ? "Basic eDp4" : null;
                      case "abortWith" -> {
                        aborted.set(true);
                        yield null;
                      }
                      default -> null;
                    });
    try {
      filter.filter(request);
    } catch (RuntimeException noJaxRsRuntime) {
      // the refusal was decided and audited; building its 403 answer needs the JAX-RS runtime,
      // which a unit test does not have
      if (!refusals.refused) {
        throw noJaxRsRuntime;
      }
    }
    return !aborted.get() && !refusals.refused;
  }

  private static ResourceInfo resourceInfo(ResourceMethod op) {
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return op.method();
      }

      @Override
      public Class<?> getResourceClass() {
        return op.resource();
      }
    };
  }

  /** The audit of refusals, without a database: notes that the filter refused. */
  private static final class SilentAudit extends LoginAudit {
    boolean refused;

    @Override
    public void refused(
        String user, String roles, String action, String objectType, String objectId, String why) {
      refused = true;
    }
  }
}
