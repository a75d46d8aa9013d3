package nl.toeslagen.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NodeNameTest {

  @Test
  void aConfiguredNameIsUsedAsGiven() {
    assertEquals("node-a", NodeName.of(" node-a "));
  }

  @Test
  void withoutAConfiguredNameTheHostNameIsUsed() {
    String name = NodeName.of(null);
    assertFalse(name.isBlank());
    assertEquals(name, NodeName.of("  "));
  }

  @Test
  void aNameWithSpacesOrOverSixtyFourCharactersStopsTheStart() {
    assertThrows(IllegalStateException.class, () -> NodeName.of("node a"));
    assertThrows(IllegalStateException.class, () -> NodeName.of("n".repeat(65)));
    assertThrows(IllegalStateException.class, () -> NodeName.of("node;DROP"));
  }
}
