package nl.toeslagen.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Several nodes share one database (docs/architecture.md, "Several nodes"), so no persistence unit
 * may keep a second-level cache: a node would go on reading its own copy of a case another node has
 * changed (the two-node test, bin/two-node-test, saw exactly that before this rule).
 */
class PersistenceUnitsTest {

  @Test
  void everyPersistenceUnitReadsTheDatabaseNotACache() throws Exception {
    List<String> units = new ArrayList<>();
    List<String> cached = new ArrayList<>();
    for (URL url :
        Collections.list(getClass().getClassLoader().getResources("META-INF/persistence.xml"))) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      try (InputStream in = url.openStream()) {
        NodeList list =
            factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "persistence-unit");
        for (int i = 0; i < list.getLength(); i++) {
          Element unit = (Element) list.item(i);
          String name = unit.getAttribute("name");
          units.add(name);
          NodeList mode = unit.getElementsByTagNameNS("*", "shared-cache-mode");
          if (mode.getLength() != 1 || !"NONE".equals(mode.item(0).getTextContent().trim())) {
            cached.add(name + " (" + url + ")");
          }
        }
      }
    }
    assertThat(units).contains("audit", "objections", "fraudreview", "documents", "web");
    assertThat(cached).as("persistence units without <shared-cache-mode>NONE").isEmpty();
  }
}
