package nl.toeslagen.web.rest.openapi;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.toeslagen.kernel.Role;

/**
 * Finds the JAX-RS resource methods of the application by reflection: every class under {@code
 * nl.toeslagen} (in {@code WEB-INF/classes} and in the module jars in {@code WEB-INF/lib}) with
 * {@code @Path}, and in it every method with an HTTP method annotation. The OpenAPI filter
 * decorates the operations Payara generated with what these methods declare.
 */
public final class ResourceScan {

  private static final String ROOT = "nl/toeslagen/";

  private ResourceScan() {}

  /** One resource method: HTTP method, full path template, roles and media types. */
  public record ResourceMethod(
      Class<?> resource,
      Method method,
      String httpMethod,
      String path,
      List<String> roles,
      List<String> consumes,
      List<String> produces) {

    /** A unique, stable operation id: the resource class and the Java method name. */
    public String operationId() {
      return resource.getSimpleName() + "_" + method.getName();
    }
  }

  public static List<ResourceMethod> scan(ClassLoader loader) {
    List<Class<?>> classes = new ArrayList<>();
    for (String name : classNames(loader)) {
      try {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Path.class)
            && !type.isInterface()
            && !Modifier.isAbstract(type.getModifiers())) {
          classes.add(type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // a class that cannot be loaded is no resource the application serves
      }
    }
    String base = applicationPath(loader, classNames(loader));
    List<ResourceMethod> methods = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Method m : type.getMethods()) {
        String http = httpMethod(m);
        if (http == null) {
          continue;
        }
        String path =
            join(
                base,
                join(type.getAnnotation(Path.class).value(), pathOf(m.getAnnotation(Path.class))));
        methods.add(
            new ResourceMethod(
                type,
                m,
                http,
                path,
                effectiveRoles(http, roles(type, m)),
                media(m.getAnnotation(Consumes.class), type.getAnnotation(Consumes.class)),
                media(m.getAnnotation(Produces.class), type.getAnnotation(Produces.class))));
      }
    }
    methods.sort(
        Comparator.comparing(ResourceMethod::path).thenComparing(ResourceMethod::httpMethod));
    return methods;
  }

  /**
   * The roles that may call the method, as the RoleCheckFilter decides: the method's
   * {@code @RolesAllowed}, else the class's; {@code @PermitAll} is every role; none is nobody.
   */
  static List<String> roles(Class<?> type, Method m) {
    if (m.isAnnotationPresent(PermitAll.class)) {
      return Arrays.stream(Role.values()).map(Enum::name).toList();
    }
    RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
    if (allowed == null && !m.isAnnotationPresent(DenyAll.class)) {
      allowed = type.getAnnotation(RolesAllowed.class);
    }
    return allowed == null ? List.of() : List.copyOf(new TreeSet<>(Arrays.asList(allowed.value())));
  }

  /**
   * The roles as the RoleCheckFilter applies them: the inspectorate is read-only everywhere, so it
   * may not call a change (anything but GET, HEAD, OPTIONS) whatever the annotation says.
   */
  static List<String> effectiveRoles(String httpMethod, List<String> declared) {
    if (Set.of("GET", "HEAD", "OPTIONS").contains(httpMethod)) {
      return declared;
    }
    return declared.stream().filter(r -> !Role.INSPECTIE.name().equals(r)).toList();
  }

  private static String httpMethod(Method m) {
    for (Annotation a : m.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static List<String> media(Annotation onMethod, Annotation onClass) {
    Annotation a = onMethod != null ? onMethod : onClass;
    if (a instanceof Consumes c) {
      return List.of(c.value());
    }
    if (a instanceof Produces p) {
      return List.of(p.value());
    }
    return List.of();
  }

  private static String pathOf(Path path) {
    return path == null ? "" : path.value();
  }

  /** Joins path segments and drops regular expressions from templates: {@code {id: \d+}}. */
  static String join(String left, String right) {
    String joined = ("/" + left + "/" + right).replaceAll("/+", "/");
    if (joined.length() > 1 && joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    return joined.replaceAll("\\{\\s*([A-Za-z0-9_.-]+)\\s*:[^}]*}", "{$1}");
  }

  private static String applicationPath(ClassLoader loader, Set<String> names) {
    for (String name : names) {
      try {
        ApplicationPath path =
            Class.forName(name, false, loader).getAnnotation(ApplicationPath.class);
        if (path != null) {
          return path.value();
        }
      } catch (ClassNotFoundException | LinkageError e) {
        // not loadable: not the application class
      }
    }
    return "";
  }

  private static Set<String> classNames(ClassLoader loader) {
    Set<String> names = new TreeSet<>();
    try {
      for (URL url : Collections.list(resources(loader))) {
        URLConnection connection = url.openConnection();
        // our own JarFile, not the class loader's cached one, so that closing it is safe
        connection.setUseCaches(false);
        if (connection instanceof JarURLConnection jar) {
          try (JarFile file = jar.getJarFile()) {
            for (JarEntry entry : Collections.list(file.entries())) {
              add(names, entry.getName());
            }
          }
        } else if ("file".equals(url.getProtocol())) {
          java.nio.file.Path dir = Paths.get(url.toURI());
          java.nio.file.Path root = dir.getParent().getParent();
          try (Stream<java.nio.file.Path> files = Files.walk(dir)) {
            files.forEach(f -> add(names, root.relativize(f).toString().replace('\\', '/')));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static Enumeration<URL> resources(ClassLoader loader) throws IOException {
    return loader.getResources(ROOT);
  }

  private static void add(Set<String> names, String entry) {
    if (entry.startsWith(ROOT) && entry.endsWith(".class") && !entry.contains("$")) {
      names.add(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'));
    }
  }
}
