package nl.toeslagen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.toeslagen.kernel.Role;
import org.junit.jupiter.api.Test;

class NavigationTest {

  private static List<String> labels(Role... roles) {
    return Navigation.forRoles(Set.of(roles)).stream().map(Navigation.Item::label).toList();
  }

  @Test
  void everyItemOpensAScreenOfTheWebUiByItsHashRoute() {
    List<Navigation.Item> all = Navigation.forRoles(EnumSet.allOf(Role.class));
    assertThat(all).isNotEmpty();
    assertThat(all)
        .allSatisfy(item -> assertThat(item.href()).matches("/app/#/[a-z/]+"))
        .extracting(Navigation.Item::href)
        .doesNotHaveDuplicates()
        .contains(
            "/app/#/taken",
            "/app/#/bezwaren",
            "/app/#/bezwaren/nieuw",
            "/app/#/hardheid",
            "/app/#/signalen",
            "/app/#/selectie",
            "/app/#/selectie/kenmerken",
            "/app/#/termijnen",
            "/app/#/audit",
            "/app/#/regels",
            "/app/#/gebruikers");
  }

  @Test
  void eachRoleSeesTheWorkItDoesAndNothingElse() {
    assertThat(labels(Role.BEHANDELAAR))
        .containsExactly("Takenlijst", "Bezwaren", "Nieuw bezwaar", "Hardheidsverzoeken");
    assertThat(labels(Role.TEAMLEIDER))
        .containsExactly(
            "Takenlijst",
            "Bezwaren",
            "Hardheidsverzoeken",
            "Intensief toezicht",
            "Termijnen bewaken",
            "Audittrail");
    assertThat(labels(Role.INSPECTIE))
        .containsExactly(
            "Bezwaren",
            "Hardheidsverzoeken",
            "Intensief toezicht",
            "Selectieregels",
            "Kenmerkencatalogus",
            "Audittrail",
            "Regelcatalogus")
        .doesNotContain("Takenlijst", "Gebruikers");
    // the administrator runs the retention schedule of the signals
    assertThat(labels(Role.BEHEER))
        .containsExactly("Intensief toezicht", "Audittrail", "Gebruikers");
    assertThat(labels(Role.TOEZICHT))
        .containsExactly("Takenlijst", "Intensief toezicht", "Selectieregels");
    // the privacy adviser reviews selection rules and their features, and has tasks for it
    assertThat(labels(Role.PRIVACY))
        .containsExactly(
            "Takenlijst", "Selectieregels", "Kenmerkencatalogus", "Audittrail", "Regelcatalogus");
  }

  @Test
  void aUserWithSeveralRolesSeesEachItemOnce() {
    assertThat(labels(Role.BEHANDELAAR, Role.VAKTECHNIEK))
        .containsExactly(
            "Takenlijst",
            "Bezwaren",
            "Nieuw bezwaar",
            "Hardheidsverzoeken",
            "Intensief toezicht",
            "Selectieregels",
            "Regelcatalogus");
  }
}
