package nl.toeslagen.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Role;

/**
 * The UI's menu per role: each role sees the work it does, nothing else. Each item opens a screen
 * of the web UI ({@code /app/}, addressed by its hash route).
 */
public final class Navigation {

  /** A menu item: Dutch label and the screen it opens ({@code /app/#/...}). */
  public record Item(String label, String href, Set<Role> roles) {}

  private static final List<Item> ITEMS =
      List.of(
          new Item(
              "Takenlijst",
              "/app/#/taken",
              Set.of(
                  Role.BEHANDELAAR,
                  Role.VAKTECHNIEK,
                  Role.TOEZICHT,
                  Role.TEAMLEIDER,
                  Role.PRIVACY)),
          new Item(
              "Bezwaren",
              "/app/#/bezwaren",
              Set.of(Role.BEHANDELAAR, Role.VAKTECHNIEK, Role.TEAMLEIDER, Role.INSPECTIE)),
          new Item("Nieuw bezwaar", "/app/#/bezwaren/nieuw", Set.of(Role.BEHANDELAAR)),
          // hardship requests: intake, triage, assessment and the professional line's review
          new Item(
              "Hardheidsverzoeken",
              "/app/#/hardheid",
              Set.of(Role.BEHANDELAAR, Role.VAKTECHNIEK, Role.TEAMLEIDER, Role.INSPECTIE)),
          // officers and reviewers work signals; the manager and the inspectorate see the stuck
          // ones, the administrator runs the retention schedule
          new Item(
              "Intensief toezicht",
              "/app/#/signalen",
              Set.of(
                  Role.TOEZICHT, Role.VAKTECHNIEK, Role.TEAMLEIDER, Role.INSPECTIE, Role.BEHEER)),
          // the register of selection rules, its approval, runs and bias reports
          new Item(
              "Selectieregels",
              "/app/#/selectie",
              Set.of(Role.TOEZICHT, Role.VAKTECHNIEK, Role.PRIVACY, Role.INSPECTIE)),
          new Item(
              "Kenmerkencatalogus",
              "/app/#/selectie/kenmerken",
              Set.of(Role.PRIVACY, Role.INSPECTIE)),
          new Item("Termijnen bewaken", "/app/#/termijnen", Set.of(Role.TEAMLEIDER)),
          new Item(
              "Audittrail",
              "/app/#/audit",
              Set.of(Role.INSPECTIE, Role.BEHEER, Role.TEAMLEIDER, Role.PRIVACY)),
          new Item(
              "Regelcatalogus",
              "/app/#/regels",
              Set.of(Role.INSPECTIE, Role.VAKTECHNIEK, Role.PRIVACY)),
          new Item("Gebruikers", "/app/#/gebruikers", Set.of(Role.BEHEER)));

  private Navigation() {}

  public static List<Item> forRoles(Set<Role> roles) {
    List<Item> result = new ArrayList<>();
    for (Item item : ITEMS) {
      if (item.roles().stream().anyMatch(roles::contains)) {
        result.add(item);
      }
    }
    return result;
  }
}
