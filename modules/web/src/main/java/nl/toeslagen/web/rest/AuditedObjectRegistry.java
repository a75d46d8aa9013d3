package nl.toeslagen.web.rest;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.toeslagen.kernel.AuditedObjectType;
import nl.toeslagen.kernel.AuditedObjectTypes;

/**
 * All audited object types that the contexts declare ({@link AuditedObjectTypes} beans): who reads
 * which timeline, and which resource path addresses which object type.
 */
@ApplicationScoped
public class AuditedObjectRegistry {

  @Inject @Any Instance<AuditedObjectTypes> declarations;

  private Map<String, AuditedObjectType> byType = Map.of();

  private Map<String, AuditedObjectType> byResourcePath = Map.of();

  /** For tests and tools: a registry over these declarations. */
  public static AuditedObjectRegistry of(Collection<AuditedObjectType> types) {
    AuditedObjectRegistry registry = new AuditedObjectRegistry();
    registry.index(types);
    return registry;
  }

  @PostConstruct
  void collect() {
    List<AuditedObjectType> all = new ArrayList<>();
    declarations.forEach(d -> all.addAll(d.auditedObjectTypes()));
    index(all);
  }

  private void index(Collection<AuditedObjectType> types) {
    Map<String, AuditedObjectType> types1 = new LinkedHashMap<>();
    Map<String, AuditedObjectType> paths = new LinkedHashMap<>();
    for (AuditedObjectType t : types) {
      if (types1.putIfAbsent(t.type(), t) != null) {
        throw new IllegalStateException("audited object type declared twice: " + t.type());
      }
      if (t.resourcePath() != null) {
        paths.put(trim(t.resourcePath()), t);
      }
    }
    byType = Map.copyOf(types1);
    byResourcePath = Map.copyOf(paths);
  }

  /** The declared type with this name (as written in audit entries), if any. */
  public Optional<AuditedObjectType> type(String type) {
    return type == null ? Optional.empty() : Optional.ofNullable(byType.get(type));
  }

  /** The declared type addressed by this JAX-RS resource path (e.g. "objections"), if any. */
  public Optional<AuditedObjectType> byResourcePath(String resourcePath) {
    return resourcePath == null
        ? Optional.empty()
        : Optional.ofNullable(byResourcePath.get(trim(resourcePath)));
  }

  public Collection<AuditedObjectType> all() {
    return byType.values();
  }

  private static String trim(String path) {
    String p = path.trim();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
