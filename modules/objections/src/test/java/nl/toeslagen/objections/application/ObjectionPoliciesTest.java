package nl.toeslagen.objections.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.toeslagen.kernel.PolicyEntry;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.objections.domain.AdmissibilityPolicy;
import org.junit.jupiter.api.Test;

/** The objection policy set lists every policy class of the context, each named after itself. */
class ObjectionPoliciesTest {

  private final ObjectionPolicies set = new ObjectionPolicies();

  @Test
  void everyPolicyClassOfTheDomainIsListed() throws IOException, URISyntaxException {
    Path domain =
        Path.of(
                AdmissibilityPolicy.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI())
            .resolve("nl/toeslagen/objections/domain");
    List<String> classes;
    try (Stream<Path> files = Files.list(domain)) {
      classes =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith("Policy.class"))
              .map(n -> n.substring(0, n.length() - ".class".length()))
              .sorted()
              .toList();
    }
    assertThat(set.policies().stream().map(Class::getSimpleName).sorted().toList())
        .isEqualTo(classes)
        .hasSize(19);
  }

  @Test
  void eachIsAnnotatedWithItsOwnNameWhatItGuardsAndItsBasis() {
    assertThat(set.context()).isEqualTo("objections");
    for (Class<?> type : set.policies()) {
      PolicyRule rule = type.getAnnotation(PolicyRule.class);
      assertThat(rule).as(type.getName()).isNotNull();
      assertThat(rule.name()).isEqualTo(type.getSimpleName()).endsWith("Policy");
      assertThat(rule.guardsNl()).isNotBlank();
      assertThat(rule.guardsEn()).isNotBlank();
      assertThat(rule.legalBasis()).isNotBlank();
      assertThat(rule.appliesTo()).isNotEmpty();
    }
    assertThat(set.entries())
        .extracting(PolicyEntry::name)
        .contains("DecisionReviewPolicy", "PenaltyPolicy");
  }
}
