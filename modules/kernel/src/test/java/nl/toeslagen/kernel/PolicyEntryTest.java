package nl.toeslagen.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEntryTest {

  @PolicyRule(
      name = "ExamplePolicy",
      guardsNl = "Voorbeeld",
      guardsEn = "Example",
      legalBasis = "Awb art. 7:10",
      appliesTo = {"Beslissen", "Verdagen"})
  static final class ExamplePolicy {}

  static final class UnannotatedPolicy {}

  @Test
  void anEntryIsReadFromThePolicyRuleOfItsClass() {
    PolicyEntry entry = PolicyEntry.of("objections", ExamplePolicy.class);

    assertThat(entry.name()).isEqualTo("ExamplePolicy");
    assertThat(entry.context()).isEqualTo("objections");
    assertThat(entry.guardsNl()).isEqualTo("Voorbeeld");
    assertThat(entry.guardsEn()).isEqualTo("Example");
    assertThat(entry.legalBasis()).isEqualTo("Awb art. 7:10");
    assertThat(entry.appliesTo()).containsExactly("Beslissen", "Verdagen");
    assertThat(entry.implementation()).isEqualTo(ExamplePolicy.class.getName());
  }

  @Test
  void aClassWithoutPolicyRuleIsNoEntry() {
    assertThatThrownBy(() -> PolicyEntry.of("x", UnannotatedPolicy.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("UnannotatedPolicy");
  }

  @Test
  void aSetListsItsEntriesInItsOwnOrder() {
    PolicySet set =
        new PolicySet() {
          @Override
          public String context() {
            return "objections";
          }

          @Override
          public List<Class<?>> policies() {
            return List.of(ExamplePolicy.class);
          }
        };
    assertThat(set.entries()).extracting(PolicyEntry::context).containsExactly("objections");
  }
}
