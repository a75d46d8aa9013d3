package nl.toeslagen.kernel;

/**
 * The role names as compile-time constants, for {@code @RolesAllowed}. Each equals {@code
 * Role.X.name()}.
 */
public final class RoleNames {

  public static final String BEHANDELAAR = "BEHANDELAAR";
  public static final String VAKTECHNIEK = "VAKTECHNIEK";
  public static final String TOEZICHT = "TOEZICHT";
  public static final String PRIVACY = "PRIVACY";
  public static final String TEAMLEIDER = "TEAMLEIDER";
  public static final String INSPECTIE = "INSPECTIE";
  public static final String BEHEER = "BEHEER";

  private RoleNames() {}
}
