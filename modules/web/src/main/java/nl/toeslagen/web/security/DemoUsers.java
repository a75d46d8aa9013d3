package nl.toeslagen.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import nl.toeslagen.kernel.PolicyDecision;
import nl.toeslagen.kernel.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo profile's users: two per role (so that four-eyes can be tried), each with their user
 * name as password. The production profile has none, and refuses to start while demo users are in
 * the database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoUsers {

  public static final String DEMO = "demo";
  public static final String PRODUCTION = "production";
  private static final Logger LOG = Logger.getLogger(DemoUsers.class.getName());

  /** User name to role, in the order the README lists them. */
  public static final Map<String, Role> USERS = demoUsers();

  @Inject
  @ConfigProperty(name = "toeslagen.profile", defaultValue = DEMO)
  String profile;

  @Inject UserDirectory users;

  @Inject Pbkdf2PasswordHash hash;

  @Inject Clock clock;

  @PostConstruct
  void apply() {
    if (mayStart(profile, users.countDemoAccounts())) {
      seed();
    }
    checkSegregationOfDuties(profile, users.all());
  }

  /**
   * Existing accounts whose roles break the {@link SegregationOfDutiesPolicy}: in the production
   * profile the application refuses to start (naming the accounts); in the demo profile a warning
   * is logged.
   *
   * @return the accounts that break the policy, with the reason
   */
  static List<String> checkSegregationOfDuties(String profile, List<UserAccount> accounts) {
    SegregationOfDutiesPolicy policy = new SegregationOfDutiesPolicy();
    List<String> broken = new ArrayList<>();
    for (UserAccount account : accounts) {
      PolicyDecision d = policy.evaluate(account.roles());
      if (d.refused()) {
        broken.add(account.userName() + ": " + d.reasonEn());
      }
    }
    if (broken.isEmpty()) {
      return broken;
    }
    String message =
        broken.size()
            + " account(s) break the policy "
            + SegregationOfDutiesPolicy.NAME
            + " (INSPECTIE holds no other role, BEHEER no case role): "
            + String.join("; ", broken)
            + " Change their roles (web_user_account.roles) first.";
    if (PRODUCTION.equals(profile == null ? "" : profile.trim())) {
      throw new IllegalStateException("Refusing to start in the production profile: " + message);
    }
    LOG.warning(() -> "Demo profile: " + message);
    return broken;
  }

  /**
   * Whether the application may start in this profile with this many demo accounts in the database,
   * and whether to seed the demo users (true) or not (false). Production refuses to start while
   * demo users exist.
   */
  static boolean mayStart(String profile, long demoAccounts) {
    return switch (profile == null ? "" : profile.trim()) {
      case DEMO -> true;
      case PRODUCTION -> {
        if (demoAccounts > 0) {
          throw new IllegalStateException(
              "Refusing to start in the production profile: the database holds "
                  + demoAccounts
                  + " demo users. Remove them (web_user_account.demo = true) first.");
        }
        yield false;
      }
      default ->
          throw new IllegalStateException(
              "Unknown TOESLAGEN_PROFILE '" + profile + "': use 'demo' or 'production'.");
    };
  }

  private void seed() {
    int added = 0;
    for (Map.Entry<String, Role> user : USERS.entrySet()) {
      if (users.find(user.getKey()).isEmpty()) {
        users.add(
            new UserAccount(
                user.getKey(),
                user.getValue().labelNl() + " " + user.getKey().replaceAll("\\D", ""),
                hash.generate(user.getKey().toCharArray()),
                Set.of(user.getValue()),
                "team-1",
                true,
                OffsetDateTime.now(clock)));
        added++;
      }
    }
    int count = added;
    LOG.info(() -> "Demo profile: " + count + " demo users added, " + USERS.size() + " in all");
  }

  private static Map<String, Role> demoUsers() {
    Map<String, Role> users = new LinkedHashMap<>();
    users.put("behandelaar1", Role.BEHANDELAAR);
    users.put("behandelaar2", Role.BEHANDELAAR);
    users.put("vaktechniek1", Role.VAKTECHNIEK);
    users.put("vaktechniek2", Role.VAKTECHNIEK);
    users.put("toezicht1", Role.TOEZICHT);
    users.put("toezicht2", Role.TOEZICHT);
    users.put("privacy1", Role.PRIVACY);
    users.put("privacy2", Role.PRIVACY);
    users.put("teamleider1", Role.TEAMLEIDER);
    users.put("teamleider2", Role.TEAMLEIDER);
    users.put("inspectie1", Role.INSPECTIE);
    users.put("inspectie2", Role.INSPECTIE);
    users.put("beheer1", Role.BEHEER);
    return java.util.Collections.unmodifiableMap(users);
  }
}
