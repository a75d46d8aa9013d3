package nl.toeslagen.objections.infrastructure.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpcasterChainTest {

  /** A document that records which steps touched it. */
  record Doc(int version, List<String> trail) {}

  private static Upcaster<Doc> step(int from) {
    return new Upcaster<>() {
      @Override
      public int fromVersion() {
        return from;
      }

      @Override
      public Doc upcast(Doc d) {
        List<String> trail = new ArrayList<>(d.trail());
        trail.add(from + "->" + (from + 1));
        return new Doc(from + 1, trail);
      }
    };
  }

  private final UpcasterChain<Doc> chain = UpcasterChain.of(Doc::version, step(1), step(2));

  @Test
  void theCurrentVersionIsOneMoreThanTheNumberOfSteps() {
    assertThat(chain.currentVersion()).isEqualTo(3);
    assertThat(UpcasterChain.<Doc>of(Doc::version).currentVersion()).isEqualTo(1);
  }

  @Test
  void upcastsAnOldDocumentThroughEveryLaterStepInOrder() {
    assertThat(chain.toCurrent(new Doc(1, List.of())))
        .isEqualTo(new Doc(3, List.of("1->2", "2->3")));
    assertThat(chain.toCurrent(new Doc(2, List.of()))).isEqualTo(new Doc(3, List.of("2->3")));
  }

  @Test
  void returnsACurrentDocumentAsItIs() {
    Doc current = new Doc(3, List.of());
    assertThat(chain.toCurrent(current)).isSameAs(current);
  }

  @Test
  void refusesADocumentOfAVersionNewerThanTheCodeKnows() {
    assertThatThrownBy(() -> chain.toCurrent(new Doc(4, List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("schema version 4")
        .hasMessageContaining("versions 1 to 3");
  }

  @Test
  void refusesADocumentWithoutAValidVersion() {
    assertThatThrownBy(() -> chain.toCurrent(new Doc(0, List.of())))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesAChainWithAGapOrInTheWrongOrder() {
    assertThatThrownBy(() -> UpcasterChain.of(Doc::version, step(1), step(3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no gaps");
    assertThatThrownBy(() -> UpcasterChain.of(Doc::version, step(2), step(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAStepThatDoesNotWriteTheNextVersion() {
    Upcaster<Doc> forgetful =
        new Upcaster<>() {
          @Override
          public int fromVersion() {
            return 1;
          }

          @Override
          public Doc upcast(Doc d) {
            return d;
          }
        };
    UpcasterChain<Doc> broken = UpcasterChain.of(Doc::version, forgetful);

    assertThatThrownBy(() -> broken.toCurrent(new Doc(1, List.of())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("wrote version 1, expected 2");
  }
}
