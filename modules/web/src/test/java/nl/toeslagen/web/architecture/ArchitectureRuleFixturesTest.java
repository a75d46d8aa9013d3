package nl.toeslagen.web.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureTest} on the inside of a context fails on a deliberate violation:
 * the fixture classes under {@code nl.toeslagen.archfixture} (test sources), checked with the same
 * rules built for that root package. A rule that cannot fail guards nothing.
 */
class ArchitectureRuleFixturesTest {

  private static final String ROOT = "nl.toeslagen.archfixture";

  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

  private static AbstractThrowableAssert<?, ? extends Throwable> fails(ArchRule rule) {
    return assertThatThrownBy(() -> rule.check(FIXTURES))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(rule.getDescription());
  }

  @Test
  void aDomainClassUsingJpaBreaksTheFrameworkFreeDomain() {
    fails(ArchitectureTest.domainPackagesNameNoFrameworkTypes(ROOT))
        .hasMessageContaining("BadEntity")
        .hasMessageContaining("jakarta.persistence")
        .hasMessageContaining("CamundaAwareClaim");
  }

  @Test
  void aDomainClassUsingAnythingBeyondJavaAndTheKernelBreaksTheDomainRule() {
    fails(ArchitectureTest.domainDependsOnlyOnJavaAndTheKernel(ROOT))
        .hasMessageContaining(
            "objections: the domain depends only on java.*, the kernel and itself")
        .hasMessageContaining("BadEntity")
        .hasMessageNotContaining("domain.Claim>");
  }

  @Test
  void anApplicationClassUsingAnotherContextsDomainBreaksTheApplicationRule() {
    fails(ArchitectureTest.applicationUsesDomainKernelAndPublishedContracts(ROOT))
        .hasMessageContaining("PeekingHandler")
        .hasMessageContaining("FraudSecret")
        .hasMessageNotContaining("ClaimView");
  }

  @Test
  void aRestClassUsingTheDomainBreaksTheRestRule() {
    fails(ArchitectureTest.restUsesOnlyTheApplicationLayer(ROOT))
        .hasMessageContaining("LeakyResource")
        .hasMessageContaining("archfixture.objections.domain.Claim");
  }

  @Test
  void reachingIntoAnotherContextOutsideItsApiBreaksTheModuleRule() {
    fails(ArchitectureTest.modulesMeetOnlyThroughTheirApi(ROOT))
        .hasMessageContaining("objections reaches other modules only through their api packages")
        .hasMessageContaining("PeekingHandler")
        .hasMessageContaining("FraudSecret");
  }

  @Test
  void aJaxRsResourceInAnApiPackageBreaksTheNamingRule() {
    fails(ArchitectureTest.apiPackagesHoldNoJaxRsResources(ROOT))
        .hasMessageContaining("ObjectionResourceInApi")
        .hasMessageContaining("jakarta.ws.rs.Path");
  }

  @Test
  void twoPackagesUsingEachOtherBreakTheNoCyclesRule() {
    fails(ArchitectureTest.noCyclesBetweenPackages(ROOT))
        .hasMessageContaining("cycle.left")
        .hasMessageContaining("cycle.right");
  }

  @Test
  void aPolicyWithoutItsOwnNameInPolicyRuleBreaksTheNamingRule() {
    fails(ArchitectureTest.policiesAreAnnotatedWithTheirOwnName(ROOT))
        .hasMessageContaining("BarePolicy carries no @PolicyRule")
        .hasMessageContaining("MisnamedPolicy is named 'Misnamed'")
        .hasMessageNotContaining("ListedPolicy carries");
  }

  @Test
  void aPolicyMissingFromEveryPolicySetOrListedTwiceBreaksTheCatalogueRule() {
    fails(ArchitectureTest.policiesAreListedInExactlyOnePolicySet(ROOT, FIXTURES))
        .hasMessageContaining("UnlistedPolicy is listed in no PolicySet")
        .hasMessageContaining("TwiceListedPolicy is listed in [")
        .hasMessageNotContaining("archfixture.policy.ListedPolicy is listed");
  }
}
