package nl.toeslagen.web.rest.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toeslagen.web.rest.openapi.ResourceScan.ResourceMethod;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document Payara generates from the JAX-RS resources, centrally instead of
 * with annotations on every method: for each resource method (found by {@link ResourceScan}) a
 * unique operation id, a summary, a tag, the roles that may call it (in the description and as
 * {@code x-roles}), the security schemes, the success response with its status and schema, and the
 * problem+json error responses that apply. A new endpoint is covered without anyone remembering.
 * Configured as {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class ToeslagenOpenApiFilter implements OASFilter {

  static final String PROBLEM = "application/problem+json";
  static final String BASIC = "basicAuth";
  static final String SESSION = "sessionCookie";

  private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

  /** The error responses, by status: name in components/responses and description. */
  private static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

  static {
    ERRORS.put("400", new String[] {"BadRequest", "Invalid input: the problem names the field."});
    ERRORS.put("401", new String[] {"Unauthorized", "Not logged in, or a wrong password."});
    ERRORS.put(
        "403",
        new String[] {"Forbidden", "The caller's role or a named policy does not allow this."});
    ERRORS.put("404", new String[] {"NotFound", "The object does not exist."});
    ERRORS.put("409", new String[] {"Conflict", "The object is not in a state that allows this."});
    ERRORS.put("413", new String[] {"PayloadTooLarge", "The request body is too large."});
    ERRORS.put(
        "415", new String[] {"UnsupportedMediaType", "The request body is not application/json."});
    ERRORS.put(
        "429",
        new String[] {
          "TooManyRequests", "Too many failed logins for this account: wait and retry."
        });
    ERRORS.put("500", new String[] {"InternalServerError", "An unexpected error (a bug)."});
  }

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    dropPayaraEndpointList(openApi);
    if (openApi.getServers() != null) {
      for (Server server : openApi.getServers()) {
        String url = server.getUrl();
        if (url != null && url.length() > 1 && url.endsWith("/")) {
          server.setUrl(url.substring(0, url.length() - 1));
        }
      }
    }
    Components components = openApi.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      openApi.setComponents(components);
    }
    addCommonComponents(components);
    openApi.setSecurity(List.of(security(BASIC), security(SESSION)));
    if (openApi.getPaths() == null) {
      openApi.setPaths(OASFactory.createPaths());
    }
    Map<String, Tag> tags = new TreeMap<>();
    List<ResourceMethod> methods = ResourceScan.scan(ToeslagenOpenApiFilter.class.getClassLoader());
    for (ResourceMethod rm : methods) {
      Operation operation = operation(openApi.getPaths(), rm);
      String tag = tag(rm.path());
      tags.computeIfAbsent(
          tag,
          t ->
              OASFactory.createTag()
                  .name(t)
                  .description(
                      "Operations under /api/" + t + " (" + rm.resource().getSimpleName() + ")."));
      decorate(operation, rm, tag);
    }
    openApi.setTags(new ArrayList<>(tags.values()));
    RecordSchemas.complete(components, methods);
  }

  /** Payara adds a non-standard top-level {@code endpoints} list that OpenAPI 3 does not allow. */
  private static void dropPayaraEndpointList(OpenAPI openApi) {
    try {
      Method setter = openApi.getClass().getMethod("setEndpoints", Map.class);
      setter.invoke(openApi, new java.util.HashMap<String, Object>());
    } catch (ReflectiveOperationException | RuntimeException e) {
      // another implementation: it has no such list
    }
  }

  private static void addCommonComponents(Components components) {
    components.addSchema("Problem", problemSchema());
    components.addSecurityScheme(
        BASIC,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("basic")
            .description("HTTP Basic with the user name and password of an account."));
    components.addSecurityScheme(
        SESSION,
        OASFactory.createSecurityScheme()
            .type(SecurityScheme.Type.APIKEY)
            .in(SecurityScheme.In.COOKIE)
            .name("JSESSIONID")
            .description(
                "The session of a form login (/login); changes also need the header"
                    + " X-Toeslagen-Request."));
    for (Map.Entry<String, String[]> error : ERRORS.entrySet()) {
      components.addResponse(
          error.getValue()[0],
          OASFactory.createAPIResponse()
              .description(error.getValue()[1])
              .content(
                  OASFactory.createContent()
                      .addMediaType(
                          PROBLEM,
                          OASFactory.createMediaType()
                              .schema(OASFactory.createSchema().ref("Problem")))));
    }
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description(
            "An error (RFC 9457 problem details) with the explanation in Dutch and English.")
        .required(List.of("type", "title", "status", "detailNl", "detailEn"))
        .addProperty("type", string("A URI naming the problem type; about:blank."))
        .addProperty("title", string("The HTTP status text."))
        .addProperty(
            "status",
            OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("HTTP status."))
        .addProperty("detail", string("The explanation (English)."))
        .addProperty("detailNl", string("The explanation in plain Dutch, for the user."))
        .addProperty("detailEn", string("The explanation in English."))
        .addProperty("field", string("The JSON path or parameter of the invalid input, if any."))
        .addProperty("policy", string("The named policy that refused, if any."))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description(
                    "Every invalid field of the request at once (400 on validation), one per"
                        + " field, sorted by path; the first is also in field and detailNl.")
                .items(
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .required(List.of("field", "detailNl", "detailEn"))
                        .addProperty("field", string("The JSON path or parameter."))
                        .addProperty("detailNl", string("The explanation in plain Dutch."))
                        .addProperty("detailEn", string("The explanation in English."))));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }

  private static SecurityRequirement security(String scheme) {
    return OASFactory.createSecurityRequirement().addScheme(scheme);
  }

  /** The operation Payara generated for the method, or a new one if it generated none. */
  private static Operation operation(Paths paths, ResourceMethod rm) {
    PathItem item = paths.getPathItem(rm.path());
    if (item == null) {
      item = OASFactory.createPathItem();
      paths.addPathItem(rm.path(), item);
    }
    PathItem.HttpMethod method = PathItem.HttpMethod.valueOf(rm.httpMethod());
    Operation operation = item.getOperations().get(method);
    if (operation == null) {
      operation = OASFactory.createOperation();
      item.setOperation(method, operation);
    }
    return operation;
  }

  static String tag(String path) {
    String[] segments = path.split("/");
    return segments.length > 2 ? segments[2] : segments[segments.length - 1];
  }

  private static void decorate(Operation operation, ResourceMethod rm, String tag) {
    operation.setOperationId(rm.operationId());
    if (operation.getSummary() == null || operation.getSummary().isBlank()) {
      operation.setSummary(words(rm.method().getName()) + " (" + tag + ")");
    }
    operation.setTags(List.of(tag));
    String roles =
        rm.roles().isEmpty()
            ? "Roles: none (no role may call this operation)."
            : "Roles: " + String.join(", ", rm.roles()) + ".";
    String described = operation.getDescription();
    operation.setDescription(
        described == null || described.isBlank() ? roles : described.strip() + "\n\n" + roles);
    operation.addExtension("x-roles", rm.roles());
    operation.setSecurity(List.of(security(BASIC), security(SESSION)));
    pathParameters(operation, rm.path());
    boolean hasBody = operation.getRequestBody() != null;
    if (hasBody) {
      operation.getRequestBody().setRequired(true);
    }
    // responses declared with annotations stay; Payara's "default" gives way to the success status
    APIResponses responses = OASFactory.createAPIResponses();
    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
      operation.getResponses().getAPIResponses().entrySet().stream()
          .filter(e -> !APIResponses.DEFAULT.equals(e.getKey()))
          .forEach(e -> responses.addAPIResponse(e.getKey(), e.getValue()));
    }
    if (responses.getAPIResponses() == null
        || responses.getAPIResponses().keySet().stream().noneMatch(k -> k.startsWith("2"))) {
      success(operation, rm, responses);
    }
    boolean hasParameters =
        operation.getParameters() != null && !operation.getParameters().isEmpty();
    boolean hasPathParameters = TEMPLATE.matcher(rm.path()).find();
    boolean write = !"GET".equals(rm.httpMethod()) && !"HEAD".equals(rm.httpMethod());
    for (Map.Entry<String, String[]> error : ERRORS.entrySet()) {
      boolean applies =
          switch (error.getKey()) {
            case "400" -> hasBody || hasParameters;
            case "404" -> hasPathParameters;
            case "409" -> write;
            case "413", "415" -> hasBody;
            default -> true;
          };
      if (applies && !responses.hasAPIResponse(error.getKey())) {
        responses.addAPIResponse(
            error.getKey(), OASFactory.createAPIResponse().ref(error.getValue()[0]));
      }
    }
    operation.setResponses(responses);
  }

  /** Every template variable in the path is a required string path parameter. */
  private static void pathParameters(Operation operation, String path) {
    Matcher m = TEMPLATE.matcher(path);
    while (m.find()) {
      String name = m.group(1);
      Parameter declared = null;
      if (operation.getParameters() != null) {
        for (Parameter p : operation.getParameters()) {
          if (name.equals(p.getName()) && p.getIn() == Parameter.In.PATH) {
            declared = p;
          }
        }
      }
      if (declared == null) {
        declared =
            OASFactory.createParameter()
                .name(name)
                .in(Parameter.In.PATH)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        operation.addParameter(declared);
      }
      declared.setRequired(true);
    }
  }

  /**
   * The success response: 204 for a void method, 201 for a POST answering a built Response (a
   * created object), else 200; the schema Payara derived from the return type, a binary string for
   * PDF and CSV.
   */
  private static void success(Operation operation, ResourceMethod rm, APIResponses responses) {
    Class<?> returns = rm.method().getReturnType();
    Content generated = null;
    if (operation.getResponses() != null) {
      APIResponse previous = operation.getResponses().getDefaultValue();
      if (previous == null && operation.getResponses().getAPIResponses() != null) {
        previous =
            operation.getResponses().getAPIResponses().values().stream().findFirst().orElse(null);
      }
      generated = previous == null ? null : previous.getContent();
    }
    if (returns == void.class || returns == Void.class) {
      responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done."));
      return;
    }
    boolean built = jakarta.ws.rs.core.Response.class.isAssignableFrom(returns);
    String status = built && "POST".equals(rm.httpMethod()) ? "201" : "200";
    List<String> produces = rm.produces().isEmpty() ? List.of("application/json") : rm.produces();
    Content content = OASFactory.createContent();
    for (String type : produces) {
      MediaType media = generated == null ? null : generated.getMediaType(type);
      Schema schema = media == null ? null : media.getSchema();
      if (!type.toLowerCase(Locale.ROOT).contains("json")) {
        schema = OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary");
      } else if (schema == null) {
        schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
      }
      content.addMediaType(type, OASFactory.createMediaType().schema(schema));
    }
    responses.addAPIResponse(
        status,
        OASFactory.createAPIResponse()
            .description("201".equals(status) ? "Created." : "OK.")
            .content(content));
  }

  /** {@code hearingReport} to {@code Hearing report}. */
  static String words(String camel) {
    String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
