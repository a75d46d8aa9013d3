package nl.toeslagen.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.toeslagen.kernel.PolicySet;

/**
 * Every {@link PolicySet} implementation in a set of classes, instantiated reflectively (they are
 * CDI beans with a no-argument constructor and no state), so tests can compare the catalogue with
 * the code.
 */
public final class PolicySets {

  private PolicySets() {}

  /** The policy sets of the production code of all modules (the web test classpath holds them). */
  public static List<PolicySet> inProduction() {
    return in(
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.toeslagen"));
  }

  /** The policy sets among {@code classes}. */
  public static List<PolicySet> in(JavaClasses classes) {
    List<PolicySet> sets = new ArrayList<>();
    classes.stream()
        .filter(c -> c.isAssignableTo(PolicySet.class))
        .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
        .sorted(Comparator.comparing(JavaClass::getName))
        .forEach(c -> sets.add(instantiate(c.reflect())));
    return sets;
  }

  private static PolicySet instantiate(Class<?> type) {
    try {
      var constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return (PolicySet) constructor.newInstance();
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("cannot instantiate the policy set " + type.getName(), e);
    }
  }
}
