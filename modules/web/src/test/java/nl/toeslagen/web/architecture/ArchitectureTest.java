package nl.toeslagen.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the modular monolith, checked on every build over the production classes of all
 * modules (the web module's test classpath holds them all). One rule per constraint, so a failure
 * names the constraint broken. Plain JUnit tests that check each rule (the ArchUnit JUnit engine
 * reported no tests under this Surefire setup).
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
