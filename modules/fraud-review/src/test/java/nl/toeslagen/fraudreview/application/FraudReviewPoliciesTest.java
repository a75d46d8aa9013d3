package nl.toeslagen.fraudreview.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import nl.toeslagen.fraudreview.domain.FinePolicy;
import nl.toeslagen.kernel.PolicyEntry;
import nl.toeslagen.kernel.PolicyRule;
import org.junit.jupiter.api.Test;

/** The catalogue of the fraud review names every policy class of its domain, each the same way. */
class FraudReviewPoliciesTest {

  private final FraudReviewPolicies set = new FraudReviewPolicies();

  /** The classes of the domain package whose name ends in {@code Policy}. */
  private static List<String> policyClassesOfTheDomain() throws URISyntaxException {
    URL classes = FinePolicy.class.getProtectionDomain().getCodeSource().getLocation();
    File dir =
        new File(new File(classes.toURI()), FinePolicy.class.getPackageName().replace('.', '/'));
    File[] files = dir.listFiles();
    return Arrays.stream(Objects.requireNonNull(files))
        .map(File::getName)
        .filter(n -> n.endsWith("Policy.class"))
        .map(n -> FinePolicy.class.getPackageName() + "." + n.replace(".class", ""))
        .sorted()
        .toList();
  }

  @Test
  void everyPolicyClassOfTheDomainIsListed() throws URISyntaxException {
    assertThat(set.policies().stream().map(Class::getName).sorted().toList())
        .isEqualTo(policyClassesOfTheDomain());
  }

  @Test
  void everyPolicyIsNamedAfterItsClassWithWhatItGuardsAndItsLegalBasis() {
    assertThat(set.context()).isEqualTo("fraud-review");
    for (Class<?> type : set.policies()) {
      PolicyRule rule = type.getAnnotation(PolicyRule.class);
      assertThat(rule).as(type.getName()).isNotNull();
      assertThat(rule.name()).isEqualTo(type.getSimpleName()).endsWith("Policy");
      assertThat(rule.guardsNl()).isNotBlank();
      assertThat(rule.guardsEn()).isNotBlank();
      assertThat(rule.legalBasis()).isNotBlank();
      assertThat(rule.appliesTo()).isNotEmpty();
    }
    assertThat(set.entries()).extracting(PolicyEntry::context).containsOnly("fraud-review");
  }

  @Test
  void theDecisionsOfAPolicyCarryItsName() throws ReflectiveOperationException {
    for (Class<?> type : set.policies()) {
      Object nameConstant = type.getField("NAME").get(null);
      assertThat(nameConstant).as(type.getName()).isEqualTo(type.getSimpleName());
    }
  }
}
