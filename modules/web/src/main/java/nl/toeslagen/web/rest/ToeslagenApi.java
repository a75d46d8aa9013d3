package nl.toeslagen.web.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import nl.toeslagen.kernel.RoleNames;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The JSON API under {@code /api}; the resources of every module's {@code rest} package are found
 * by scanning.
 */
@ApplicationPath("api")
@DeclareRoles({
  RoleNames.BEHANDELAAR,
  RoleNames.VAKTECHNIEK,
  RoleNames.TOEZICHT,
  RoleNames.PRIVACY,
  RoleNames.TEAMLEIDER,
  RoleNames.INSPECTIE,
  RoleNames.BEHEER
})
@OpenAPIDefinition(
    info =
        @Info(
            title = "Toeslagen case handling",
            version = "0.1",
            description =
                "Objections, four-eyes fraud review and the audit trail of Dienst Toeslagen."))
public class ToeslagenApi extends Application {}
