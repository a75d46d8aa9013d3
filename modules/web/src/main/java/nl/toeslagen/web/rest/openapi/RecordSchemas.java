package nl.toeslagen.web.rest.openapi;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.toeslagen.web.rest.openapi.ResourceScan.ResourceMethod;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schemas of the records the API reads and answers, from the records themselves: every
 * component with its JSON type, its Bean Validation limits, and {@code required} where the record
 * demands it. Payara's generator leaves out a request record's {@code LocalDate}, {@code Boolean}
 * and nested-record components and never lists {@code required}, so the generated UI types and the
 * hostile-input suite would not see them (ADR 0021).
 *
 * <p>A record reached from a resource method (its request body, its return type, or a component of
 * either) replaces the component schema of the same simple name; the records it refers to are
 * added. Names stay the simple class names Payara gives them.
 */
final class RecordSchemas {

  private static final String REF = "#/components/schemas/";

  private static final Set<Class<? extends Annotation>> PARAMETER_ANNOTATIONS =
      Set.of(
          PathParam.class,
          QueryParam.class,
          HeaderParam.class,
          CookieParam.class,
          FormParam.class,
          MatrixParam.class,
          BeanParam.class,
          Context.class);

  private final Components components;
  private final Map<String, Class<?>> done = new LinkedHashMap<>();

  private RecordSchemas(Components components) {
    this.components = components;
  }

  /** Completes {@code components} with the schema of every record the resource methods use. */
  static void complete(Components components, List<ResourceMethod> methods) {
    RecordSchemas schemas = new RecordSchemas(components);
    for (ResourceMethod rm : methods) {
      Method method = rm.method();
      schemas.reach(method.getGenericReturnType());
      for (int i = 0; i < method.getParameterCount(); i++) {
        boolean body =
            Arrays.stream(method.getParameterAnnotations()[i])
                .noneMatch(a -> PARAMETER_ANNOTATIONS.contains(a.annotationType()));
        if (body) {
          schemas.reach(method.getGenericParameterTypes()[i]);
        }
      }
    }
  }

  /** Registers every record in {@code type} (the type itself, or its element or value type). */
  private void reach(Type type) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        reach(argument);
      }
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        reach(c.getComponentType());
      } else if (c.isRecord()) {
        register(c);
      }
    }
  }

  private void register(Class<?> record) {
    String name = record.getSimpleName();
    if (done.containsKey(name)) {
      return;
    }
    done.put(name, record);
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    Schema generated = components.getSchemas() == null ? null : components.getSchemas().get(name);
    if (generated != null && generated.getDescription() != null) {
      schema.description(generated.getDescription());
    }
    List<String> required = new ArrayList<>();
    for (RecordComponent component : record.getRecordComponents()) {
      AnnotatedType type = component.getAnnotatedType();
      Schema property = schemaOf(type);
      // Bean Validation constraints do not target record components: they land on the accessor
      Annotation[] constraints = component.getAccessor().getAnnotations();
      constrain(property, constraints);
      schema.addProperty(component.getName(), property);
      if (component.getType().isPrimitive() || demanded(constraints)) {
        required.add(component.getName());
      }
    }
    if (!required.isEmpty()) {
      schema.required(required);
    }
    components.addSchema(name, schema);
  }

  /** The schema of a value of this (annotated) type, with the limits on its type arguments. */
  private Schema schemaOf(AnnotatedType annotated) {
    Type type = annotated.getType();
    Class<?> raw = rawClass(type);
    if (raw != null && Collection.class.isAssignableFrom(raw)) {
      Schema array = OASFactory.createSchema().type(SchemaType.ARRAY);
      if (annotated instanceof AnnotatedParameterizedType p
          && p.getAnnotatedActualTypeArguments().length == 1) {
        AnnotatedType element = p.getAnnotatedActualTypeArguments()[0];
        Schema items = schemaOf(element);
        constrain(items, element.getAnnotations());
        array.items(items);
      }
      if (Set.class.isAssignableFrom(raw)) {
        array.uniqueItems(true);
      }
      return array;
    }
    if (raw != null && Map.class.isAssignableFrom(raw)) {
      Schema map = OASFactory.createSchema().type(SchemaType.OBJECT);
      if (annotated instanceof AnnotatedParameterizedType p
          && p.getAnnotatedActualTypeArguments().length == 2) {
        map.additionalPropertiesSchema(schemaOf(p.getAnnotatedActualTypeArguments()[1]));
      }
      return map;
    }
    if (raw == null) {
      return OASFactory.createSchema();
    }
    if (raw.isArray()) {
      return OASFactory.createSchema()
          .type(SchemaType.ARRAY)
          .items(schemaOf(new PlainType(raw.getComponentType())));
    }
    return scalar(raw);
  }

  private Schema scalar(Class<?> c) {
    if (c == String.class || c == char.class || c == Character.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (c == boolean.class || c == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (c == long.class || c == Long.class || c == BigInteger.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (c == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (c == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (c == Instant.class
        || c == OffsetDateTime.class
        || c == ZonedDateTime.class
        || c == LocalDateTime.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (c == UUID.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
    }
    if (c.isEnum()) {
      List<Object> values = new ArrayList<>();
      for (Object constant : c.getEnumConstants()) {
        values.add(((Enum<?>) constant).name());
      }
      return OASFactory.createSchema().type(SchemaType.STRING).enumeration(values);
    }
    if (c.isRecord()) {
      register(c);
      return OASFactory.createSchema().ref(REF + c.getSimpleName());
    }
    // a class the API serializes as an object (e.g. a JSON object built by hand)
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  /** The Bean Validation limits that JSON Schema can say. */
  private static void constrain(Schema schema, Annotation[] annotations) {
    boolean array = schema.getType() == SchemaType.ARRAY;
    boolean object = schema.getType() == SchemaType.OBJECT;
    for (Annotation a : annotations) {
      if (a instanceof Size size) {
        if (array) {
          schema.minItems(size.min() > 0 ? size.min() : null).maxItems(limit(size.max()));
        } else if (object) {
          schema.minProperties(size.min() > 0 ? size.min() : null);
          schema.maxProperties(limit(size.max()));
        } else {
          schema.minLength(size.min() > 0 ? size.min() : null).maxLength(limit(size.max()));
        }
      } else if (a instanceof NotBlank) {
        schema.pattern(schema.getPattern() == null ? "\\S" : schema.getPattern());
        if (schema.getMinLength() == null) {
          schema.minLength(1);
        }
      } else if (a instanceof NotEmpty) {
        if (array) {
          schema.minItems(1);
        } else if (!object) {
          schema.minLength(1);
        }
      } else if (a instanceof jakarta.validation.constraints.Pattern p) {
        schema.pattern(p.regexp());
      } else if (a instanceof Email) {
        schema.format("email");
      } else if (a instanceof Min min) {
        schema.minimum(BigDecimal.valueOf(min.value()));
      } else if (a instanceof Max max) {
        schema.maximum(BigDecimal.valueOf(max.value()));
      } else if (a instanceof DecimalMin min) {
        schema.minimum(new BigDecimal(min.value())).exclusiveMinimum(!min.inclusive());
      } else if (a instanceof DecimalMax max) {
        schema.maximum(new BigDecimal(max.value())).exclusiveMaximum(!max.inclusive());
      } else if (a instanceof PositiveOrZero) {
        schema.minimum(BigDecimal.ZERO);
      } else if (a instanceof Positive) {
        schema.minimum(BigDecimal.ONE);
      } else if (a instanceof NegativeOrZero) {
        schema.maximum(BigDecimal.ZERO);
      } else if (a instanceof Negative) {
        schema.maximum(BigDecimal.ONE.negate());
      }
    }
  }

  private static Integer limit(int max) {
    return max == Integer.MAX_VALUE ? null : max;
  }

  private static boolean demanded(Annotation[] annotations) {
    return Arrays.stream(annotations)
        .anyMatch(a -> a instanceof NotNull || a instanceof NotBlank || a instanceof NotEmpty);
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }

  /** An array's component type, as an annotated type without annotations. */
  private record PlainType(Class<?> type) implements AnnotatedType {
    @Override
    public Type getType() {
      return type;
    }

    @Override
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
      return null;
    }

    @Override
    public Annotation[] getAnnotations() {
      return new Annotation[0];
    }

    @Override
    public Annotation[] getDeclaredAnnotations() {
      return new Annotation[0];
    }
  }
}
