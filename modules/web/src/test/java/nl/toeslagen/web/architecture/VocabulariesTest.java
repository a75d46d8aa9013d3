package nl.toeslagen.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toeslagen.kernel.PolicySet;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;
import org.junit.jupiter.api.Test;

/**
 * The vocabularies of {@code GET /api/labels} against the code: every constant of a listed enum has
 * a Dutch label, and every enum of the production code is listed by a context or exempted by one
 * with a reason, so a new enum cannot reach the UI as a raw code unnoticed. Each check also runs on
 * the fixtures under {@code nl.toeslagen.vocabfixture}, where it must fail.
 */
class VocabulariesTest {

  private static final JavaClasses PRODUCTION =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("nl.toeslagen");

  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages("nl.toeslagen.vocabfixture");

  @Test
  void everyCodeOfEveryVocabularyHasADutchLabelAndEnglishIsNeverBlank() {
    assertThat(missingLabels(setsIn(PRODUCTION))).isEmpty();
  }

  @Test
  void anEnumConstantWithoutALabelIsFound() {
    assertThat(missingLabels(setsIn(FIXTURES)))
        .containsExactly("fixture.kinds.UNLABELLED has no Dutch label");
  }

  @Test
  void everyEnumOfTheProductionCodeIsListedOrExemptedWithAReasonAndNeverBoth() {
    assertThat(unaccountedEnums(PRODUCTION, setsIn(PRODUCTION))).isEmpty();
  }

  @Test
  void aNewEnumThatNobodyListsOrExemptsIsFound() {
    assertThat(unaccountedEnums(FIXTURES, setsIn(FIXTURES)))
        .containsExactly(
            "nl.toeslagen.vocabfixture.domain.ForgottenKind is neither listed in a VocabularySet"
                + " nor exempted by one");
  }

  @Test
  void everyContextWithPoliciesHasANameAndVocabularyNamesAreUniquePerContext() {
    List<VocabularySet> sets = setsIn(PRODUCTION);
    Set<String> contexts = new HashSet<>();
    for (VocabularySet set : sets) {
      assertThat(contexts.add(set.context())).as("one set per context " + set.context()).isTrue();
      assertThat(set.contextNl()).isNotBlank();
      assertThat(set.contextEn()).isNotBlank();
      assertThat(set.vocabularies().stream().map(Vocabulary::name).distinct().count())
          .as("unique vocabulary names in " + set.context())
          .isEqualTo(set.vocabularies().size());
    }
    for (PolicySet policies : PolicySets.inProduction()) {
      assertThat(contexts).as("a name for the policy context").contains(policies.context());
    }
  }

  @Test
  void theTaskKeysOfBothProcessesAreLabelledWithTheModelsOwnStepNames() {
    Map<String, Map<String, Vocabulary.Label>> tasks = new HashMap<>();
    for (VocabularySet set : setsIn(PRODUCTION)) {
      for (Vocabulary v : set.vocabularies()) {
        if (v.name().equals("tasks")) {
          tasks.put(set.context(), v.labels());
        }
      }
    }
    assertThat(tasks.get("objections"))
        .containsEntry(
            "DraftDecisionTask", new Vocabulary.Label("Beslissing op bezwaar opstellen", null))
        .hasSize(9);
    assertThat(tasks.get("fraud-review"))
        .containsEntry("DecideOutcomeTask", new Vocabulary.Label("Uitkomst vaststellen", null))
        .hasSize(9);
    tasks.values().stream()
        .flatMap(m -> m.entrySet().stream())
        .forEach(e -> assertThat(e.getValue().nl()).as(e.getKey()).isNotEqualTo(e.getKey()));
  }

  /** Every code without a Dutch label, or with a blank English one, as "context.name.CODE ...". */
  static List<String> missingLabels(List<VocabularySet> sets) {
    List<String> missing = new ArrayList<>();
    for (VocabularySet set : sets) {
      for (Vocabulary v : set.vocabularies()) {
        v.labels()
            .forEach(
                (code, label) -> {
                  String where = set.context() + "." + v.name() + "." + code;
                  if (label.nl() == null || label.nl().isBlank()) {
                    missing.add(where + " has no Dutch label");
                  }
                  if (label.en() != null && label.en().isBlank()) {
                    missing.add(where + " has a blank English label");
                  }
                });
        if (v.type() != null) {
          assertThat(v.labels()).as(v.name()).hasSize(v.type().getEnumConstants().length);
        }
      }
    }
    return missing;
  }

  /**
   * Every enum of {@code classes} that no set lists or exempts, or that one both lists and exempts.
   */
  static List<String> unaccountedEnums(JavaClasses classes, List<VocabularySet> sets) {
    Set<Class<?>> listed = new HashSet<>();
    Map<Class<?>, String> exempt = new HashMap<>();
    for (VocabularySet set : sets) {
      set.vocabularies().stream().map(Vocabulary::type).filter(t -> t != null).forEach(listed::add);
      exempt.putAll(set.exempt());
    }
    List<String> problems = new ArrayList<>();
    classes.stream()
        .filter(JavaClass::isEnum)
        .sorted(Comparator.comparing(JavaClass::getName))
        .forEach(
            c -> {
              Class<?> type = c.reflect();
              boolean isListed = listed.contains(type);
              String reason = exempt.get(type);
              if (!isListed && reason == null) {
                problems.add(
                    c.getName() + " is neither listed in a VocabularySet nor exempted by one");
              } else if (isListed && reason != null) {
                problems.add(c.getName() + " is both listed and exempted");
              } else if (reason != null && reason.isBlank()) {
                problems.add(c.getName() + " is exempted without a reason");
              }
            });
    return problems;
  }

  /**
   * Every {@link VocabularySet} of {@code classes}, instantiated reflectively (stateless beans).
   */
  static List<VocabularySet> setsIn(JavaClasses classes) {
    List<VocabularySet> sets = new ArrayList<>();
    classes.stream()
        .filter(c -> c.isAssignableTo(VocabularySet.class))
        .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .sorted(Comparator.comparing(JavaClass::getName))
        .forEach(c -> sets.add(instantiate(c.reflect())));
    return sets;
  }

  private static VocabularySet instantiate(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return (VocabularySet) constructor.newInstance();
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("cannot instantiate " + type.getName(), e);
    }
  }
}
