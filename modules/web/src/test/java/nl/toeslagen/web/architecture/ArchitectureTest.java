package nl.toeslagen.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.toeslagen.kernel.PolicyRule;
import nl.toeslagen.kernel.PolicySet;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the modular monolith, checked on every build over the production classes of all
 * modules (the web module's test classpath holds them all). One rule per constraint, so a failure
 * names the constraint broken. Plain JUnit tests that check each rule (the ArchUnit JUnit engine
 * reported no tests under this Surefire setup).
 *
 * <p>The rules on the inside of a context (layers, framework-free domain, access between modules
 * only through {@code api}, no package cycles, the policy catalogue) are built for a root package,
 * so {@link ArchitectureRuleFixturesTest} can show each one failing on deliberate violations under
 * {@code nl.toeslagen.archfixture} (test classes, which the production import leaves out).
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.toeslagen");

  /** The bounded contexts and shared modules whose insides other modules must not touch. */
  private static final List<String> CONTEXTS =
      List.of(
          "audit",
          "workflow",
          "documents",
          "objections",
          "fraudreview",
          "riskselection",
          "hardship",
          "caselaw",
          "monitoring");

  private static final ArchRule onlyTheWorkflowModuleSeesTheEngine =
      noClasses()
          .that()
          .resideOutsideOfPackage("nl.toeslagen.workflow..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..", "org.operaton..")
          .because(
              "Camunda 7 CE has reached its end; the engine stays behind the workflow ports so a move to its fork"
                  + " changes one module");

  private static final ArchRule theWorkflowPortsDoNotNameTheEngine =
      noClasses()
          .that()
          .resideInAPackage("nl.toeslagen.workflow.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..");

  private static final ArchRule domainCodeDoesNotKnowTheWorkflowEngine =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..", "nl.toeslagen.workflow..");

  private static final ArchRule domainCodeDoesNotKnowHttp =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "jakarta.servlet..");

  private static final ArchRule domainCodeDoesNotKnowPdfBox =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.pdfbox..");

  private static final ArchRule theKernelDependsOnNoOtherModule =
      noClasses()
          .that()
          .resideInAPackage("nl.toeslagen.kernel..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              CONTEXTS.stream().map(c -> "nl.toeslagen." + c + "..").toArray(String[]::new))
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("nl.toeslagen.web..");

  private static final ArchRule noModuleDependsOnTheWebModule =
      noClasses()
          .that()
          .resideOutsideOfPackage("nl.toeslagen.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("nl.toeslagen.web..");

  private static final ArchRule otherModulesUseOnlyTheApiAndApplicationOfAContext =
      CompositeArchRule.of(
          CONTEXTS.stream()
              .map(
                  context ->
                      (ArchRule)
                          noClasses()
                              .that()
                              .resideOutsideOfPackage("nl.toeslagen." + context + "..")
                              .should()
                              .dependOnClassesThat()
                              .resideInAnyPackage(
                                  "nl.toeslagen." + context + ".domain..",
                                  "nl.toeslagen." + context + ".infrastructure..")
                              .as(
                                  "no class outside "
                                      + context
                                      + " uses its domain or infrastructure packages"))
              .toList());

  /** The bounded contexts (business modules), each built in the same layers. */
  static final List<String> BUSINESS_CONTEXTS =
      List.of("objections", "fraudreview", "riskselection", "hardship", "caselaw", "monitoring");

  /** The shared modules the contexts use through their {@code api} packages. */
  static final List<String> SHARED_MODULES = List.of("audit", "workflow", "documents", "usecase");

  /** The types a domain package never names: persistence, CDI, JSON, the engine, MicroProfile. */
  static final String[] FRAMEWORKS = {
    "jakarta.persistence..",
    "jakarta.enterprise..",
    "jakarta.inject..",
    "jakarta.json..",
    "com.fasterxml..",
    "org.camunda..",
    "org.operaton..",
    "org.eclipse.microprofile.."
  };

  static final String KERNEL = "nl.toeslagen.kernel..";

  /** Per context: its domain depends on nothing but java.*, the kernel and itself. */
  static ArchRule domainDependsOnlyOnJavaAndTheKernel(String root) {
    return perContext(
        context ->
            classes()
                .that()
                .resideInAPackage(root + "." + context + ".domain..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", KERNEL, root + "." + context + ".domain..")
                .allowEmptyShould(true)
                .as(context + ": the domain depends only on java.*, the kernel and itself"));
  }

  /** In every module: no JPA, CDI, JSON, engine or MicroProfile types in a domain package. */
  static ArchRule domainPackagesNameNoFrameworkTypes(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FRAMEWORKS)
        .allowEmptyShould(true)
        .as("domain packages name no JPA, CDI, JSON, engine or MicroProfile types");
  }

  /**
   * Per context: the application layer uses its own domain and application, the kernel, the
   * published contracts ({@code api}) of other modules, CDI, transactions, validation and
   * MicroProfile Config.
   */
  static ArchRule applicationUsesDomainKernelAndPublishedContracts(String root) {
    return perContext(
        context ->
            classes()
                .that()
                .resideInAPackage(root + "." + context + ".application..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                    "java..",
                    KERNEL,
                    root + "." + context + ".domain..",
                    root + "." + context + ".application..",
                    root + ".*.api..",
                    "nl.toeslagen.*.api..",
                    "jakarta.enterprise..",
                    "jakarta.inject..",
                    "jakarta.annotation..",
                    "jakarta.transaction..",
                    "jakarta.validation..",
                    "org.eclipse.microprofile.config..")
                .allowEmptyShould(true)
                .as(
                    context
                        + ": the application layer uses only its domain, the kernel, other modules'"
                        + " api packages, CDI, transactions, validation and MicroProfile Config"));
  }

  /** Per context: REST resources use their application layer and the kernel, never the domain. */
  static ArchRule restUsesOnlyTheApplicationLayer(String root) {
    return perContext(
        context ->
            classes()
                .that()
                .resideInAPackage(root + "." + context + ".rest..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                    "java..",
                    KERNEL,
                    root + "." + context + ".application..",
                    root + "." + context + ".rest..",
                    "jakarta.ws.rs..",
                    "jakarta.validation..",
                    "jakarta.inject..",
                    "jakarta.enterprise..",
                    "jakarta.annotation..",
                    "jakarta.json..")
                .allowEmptyShould(true)
                .as(
                    context
                        + ": REST uses only its application layer and the kernel (never its domain"
                        + " or infrastructure)"));
  }

  /**
   * Per context and shared module: another module is reached only through its {@code api} package
   * (the kernel excepted).
   */
  static ArchRule modulesMeetOnlyThroughTheirApi(String root) {
    List<String> modules =
        Stream.of(BUSINESS_CONTEXTS, SHARED_MODULES, List.of("web")).flatMap(List::stream).toList();
    List<ArchRule> rules = new ArrayList<>();
    for (String from :
        Stream.concat(BUSINESS_CONTEXTS.stream(), SHARED_MODULES.stream()).toList()) {
      List<String> others = modules.stream().filter(m -> !m.equals(from)).toList();
      DescribedPredicate<JavaClass> insideAnother =
          resideInAnyPackage(others.stream().map(m -> root + "." + m + "..").toArray(String[]::new))
              .and(
                  not(
                      resideInAnyPackage(
                          others.stream()
                              .map(m -> root + "." + m + ".api..")
                              .toArray(String[]::new))))
              .as("another module's classes outside its api package");
      rules.add(
          noClasses()
              .that()
              .resideInAPackage(root + "." + from + "..")
              .should()
              .dependOnClassesThat(insideAnother)
              .allowEmptyShould(true)
              .as(from + " reaches other modules only through their api packages"));
    }
    return CompositeArchRule.of(rules);
  }

  /**
   * One naming: {@code api} is a module's published Java contract; JAX-RS resources live in {@code
   * rest} (in the web module too).
   */
  static ArchRule apiPackagesHoldNoJaxRsResources(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.ws.rs..")
        .allowEmptyShould(true)
        .as("api packages are published Java contracts, not JAX-RS resources (those live in rest)");
  }

  /** No cycles between packages: one slice per package. */
  static ArchRule noCyclesBetweenPackages(String root) {
    return slices()
        .matching(root + ".(**)")
        .should()
        .beFreeOfCycles()
        .allowEmptyShould(true)
        .as("no cycles between packages");
  }

  /**
   * Every class named {@code ...Policy}, and every class annotated {@link PolicyRule}, carries the
   * annotation with its own simple name (ending in {@code Policy}).
   */
  static ArchRule policiesAreAnnotatedWithTheirOwnName(String root) {
    return classes()
        .that(
            resideInAPackage(root + "..")
                .and(
                    DescribedPredicate.describe(
                        "are named ...Policy or annotated @PolicyRule",
                        (JavaClass c) ->
                            c.isTopLevelClass()
                                && (c.getSimpleName().endsWith("Policy")
                                    || c.isAnnotatedWith(PolicyRule.class)))))
        .should(
            new ArchCondition<JavaClass>(
                "carry @PolicyRule with their simple name ending in Policy") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                String name =
                    c.tryGetAnnotationOfType(PolicyRule.class).map(PolicyRule::name).orElse(null);
                boolean ok =
                    name != null && name.equals(c.getSimpleName()) && name.endsWith("Policy");
                events.add(
                    new SimpleConditionEvent(
                        c,
                        ok,
                        c.getName()
                            + (name == null
                                ? " carries no @PolicyRule"
                                : " is named '" + name + "' in its @PolicyRule")));
              }
            })
        .allowEmptyShould(true)
        .as("policies carry @PolicyRule with their own simple name");
  }

  /**
   * Every {@link PolicyRule} class is listed in exactly one {@link PolicySet} of {@code source}.
   */
  static ArchRule policiesAreListedInExactlyOnePolicySet(String root, JavaClasses source) {
    Map<String, List<String>> listedIn = new HashMap<>();
    for (PolicySet set : PolicySets.in(source)) {
      for (Class<?> policy : set.policies()) {
        listedIn
            .computeIfAbsent(policy.getName(), k -> new ArrayList<>())
            .add(set.getClass().getSimpleName());
      }
    }
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .areAnnotatedWith(PolicyRule.class)
        .should(
            new ArchCondition<JavaClass>("be listed in exactly one PolicySet") {
              @Override
              public void check(JavaClass c, ConditionEvents events) {
                List<String> sets = listedIn.getOrDefault(c.getName(), List.of());
                events.add(
                    new SimpleConditionEvent(
                        c,
                        sets.size() == 1,
                        c.getName()
                            + (sets.isEmpty()
                                ? " is listed in no PolicySet"
                                : " is listed in " + sets)));
              }
            })
        .allowEmptyShould(true)
        .as("every @PolicyRule class is listed in exactly one PolicySet");
  }

  private static ArchRule perContext(java.util.function.Function<String, ArchRule> rule) {
    return CompositeArchRule.of(BUSINESS_CONTEXTS.stream().map(rule).toList());
  }

  @Test
  void domainDependsOnlyOnJavaAndTheKernel() {
    domainDependsOnlyOnJavaAndTheKernel("nl.toeslagen").check(CLASSES);
  }

  @Test
  void domainPackagesNameNoFrameworkTypes() {
    domainPackagesNameNoFrameworkTypes("nl.toeslagen").check(CLASSES);
  }

  @Test
  void applicationUsesDomainKernelAndPublishedContracts() {
    applicationUsesDomainKernelAndPublishedContracts("nl.toeslagen").check(CLASSES);
  }

  @Test
  void restUsesOnlyTheApplicationLayer() {
    restUsesOnlyTheApplicationLayer("nl.toeslagen").check(CLASSES);
  }

  @Test
  void modulesMeetOnlyThroughTheirApi() {
    modulesMeetOnlyThroughTheirApi("nl.toeslagen").check(CLASSES);
  }

  @Test
  void apiPackagesHoldNoJaxRsResources() {
    apiPackagesHoldNoJaxRsResources("nl.toeslagen").check(CLASSES);
  }

  @Test
  void noCyclesBetweenPackages() {
    noCyclesBetweenPackages("nl.toeslagen").check(CLASSES);
  }

  @Test
  void policiesAreAnnotatedWithTheirOwnName() {
    policiesAreAnnotatedWithTheirOwnName("nl.toeslagen").check(CLASSES);
  }

  @Test
  void policiesAreListedInExactlyOnePolicySet() {
    policiesAreListedInExactlyOnePolicySet("nl.toeslagen", CLASSES).check(CLASSES);
  }

  @Test
  void onlyTheWorkflowModuleSeesTheEngine() {
    onlyTheWorkflowModuleSeesTheEngine.check(CLASSES);
  }

  @Test
  void theWorkflowPortsDoNotNameTheEngine() {
    theWorkflowPortsDoNotNameTheEngine.check(CLASSES);
  }

  @Test
  void domainCodeDoesNotKnowTheWorkflowEngine() {
    domainCodeDoesNotKnowTheWorkflowEngine.check(CLASSES);
  }

  @Test
  void domainCodeDoesNotKnowHttp() {
    domainCodeDoesNotKnowHttp.check(CLASSES);
  }

  @Test
  void domainCodeDoesNotKnowPdfBox() {
    domainCodeDoesNotKnowPdfBox.check(CLASSES);
  }

  @Test
  void theKernelDependsOnNoOtherModule() {
    theKernelDependsOnNoOtherModule.check(CLASSES);
  }

  @Test
  void noModuleDependsOnTheWebModule() {
    noModuleDependsOnTheWebModule.check(CLASSES);
  }

  @Test
  void otherModulesUseOnlyTheApiAndApplicationOfAContext() {
    otherModulesUseOnlyTheApiAndApplicationOfAContext.check(CLASSES);
  }
}
