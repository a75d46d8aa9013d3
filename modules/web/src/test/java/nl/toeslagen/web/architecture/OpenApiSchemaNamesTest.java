package nl.toeslagen.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names a schema after the simple name of its Java type, so two request or
 * response types with the same simple name would be merged into one wrong schema (the objection
 * review and the determination review were both {@code Review}, and the document described the one
 * with the other's fields). Every type a REST operation reads or answers, with the types it
 * contains, has a simple name of its own.
 */
class OpenApiSchemaNamesTest {

  private static final Set<Class<? extends Annotation>> NOT_THE_BODY =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          FormParam.class,
          MatrixParam.class,
          BeanParam.class,
          Context.class);

  @Test
  void everyTypeOfARestOperationHasASchemaNameOfItsOwn() {
    Set<Class<?>> types = new HashSet<>();
    Deque<Type> todo = new ArrayDeque<>();
    for (JavaClass resource :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.toeslagen")) {
      if (!resource.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (Method m : resource.reflect().getDeclaredMethods()) {
        if (!isOperation(m)) {
          continue;
        }
        todo.add(m.getGenericReturnType());
        for (Parameter p : m.getParameters()) {
          if (NOT_THE_BODY.stream().noneMatch(p::isAnnotationPresent)) {
            todo.add(p.getParameterizedType());
          }
        }
      }
    }
    while (!todo.isEmpty()) {
      Type t = todo.pop();
      if (t instanceof ParameterizedType pt) {
        todo.addAll(List.of(pt.getActualTypeArguments()));
        todo.add(pt.getRawType());
      } else if (t instanceof Class<?> c
          && c.getName().startsWith("nl.toeslagen.")
          && types.add(c)
          && c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          todo.add(rc.getGenericType());
        }
      }
    }
    Map<String, Set<String>> byName = new TreeMap<>();
    for (Class<?> c : types) {
      byName.computeIfAbsent(c.getSimpleName(), n -> new TreeSet<>()).add(c.getName());
    }
    byName.values().removeIf(names -> names.size() < 2);
    assertThat(types).as("the REST operations' types were found").hasSizeGreaterThan(10);
    assertThat(byName).as("simple names shared by REST types").isEmpty();
  }

  /**
   * A resource method: annotated with {@code @GET}, {@code @POST}, … (meta-annotated HttpMethod).
   */
  private static boolean isOperation(Method m) {
    for (Annotation a : m.getAnnotations()) {
      if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
        return true;
      }
    }
    return false;
  }
}
