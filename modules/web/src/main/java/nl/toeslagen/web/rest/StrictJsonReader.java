package nl.toeslagen.web.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import nl.toeslagen.kernel.ValidationException;

/**
 * Reads every request body of the API (the request records of the {@code nl.toeslagen} modules)
 * strictly, with Jackson instead of the lenient JSON-B default: duplicate keys, unknown fields,
 * wrong types ({@code "yes"} or {@code 1} for a boolean, {@code 1} for a text, a text for a list),
 * fractions for whole numbers, trailing content and impossible dates are refused with a {@link
 * ValidationException} whose field is the JSON path ({@code contestedDecision.date}, {@code
 * grounds[1]}), so the client gets a 400 problem. A body over {@link #MAX_BODY_BYTES} is a {@link
 * BodyTooLargeException} (413). Responses are still written by JSON-B. See ADR 0012.
 */
@Provider
@Priority(1) // before the platform's JSON-B reader, which also reads every type as application/json
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

  /** The largest request body: far above any legitimate request (the longest is a few 100 KB). */
  public static final int MAX_BODY_BYTES = 1_000_000;

  /** A too large body is read (and discarded) up to this size before the 413 goes out. */
  static final long MAX_DRAIN_BYTES = 16_000_000;

  /** Deepest nesting of objects and arrays; the deepest request type nests three levels. */
  static final int MAX_NESTING = 32;

  static final ObjectMapper MAPPER = mapper();

  private static final java.util.regex.Pattern DUPLICATE =
      java.util.regex.Pattern.compile("^Duplicate field '([^']*)'");

  static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(MAX_BODY_BYTES)
                .maxNumberLength(30)
                .build());
    // no value changes its type on the way in: not 1 -> "1", true -> "true", "1" -> 1, "" -> 0
    for (LogicalType type : LogicalType.values()) {
      var config = mapper.coercionConfigFor(type);
      for (CoercionInputShape shape : CoercionInputShape.values()) {
        config.setCoercion(shape, CoercionAction.Fail);
      }
    }
    // an empty date field of a form means "no date"
    mapper
        .coercionConfigFor(LocalDate.class)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper
        .coercionConfigFor(LocalDateTime.class)
        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull);
    mapper.registerModule(
        new com.fasterxml.jackson.databind.module.SimpleModule("plain-text")
            .addDeserializer(String.class, new PlainText()));
    return mapper;
  }

  /** Marks the refusal of a control character, so that {@link #binding} can name it. */
  static final String CONTROL_CHARACTER = "control character in text";

  /**
   * Text as JSON-B would read it, but without control characters: a NUL cannot be stored by
   * PostgreSQL and none of them belongs in a letter, a reason or a name (tab and line breaks do).
   */
  static final class PlainText
      extends com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer<String> {

    PlainText() {
      super(String.class);
    }

    @Override
    public String deserialize(
        JsonParser p, com.fasterxml.jackson.databind.DeserializationContext ctxt)
        throws IOException {
      String text =
          com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(p, ctxt);
      if (text != null && ControlCharacters.present(text)) {
        throw JsonMappingException.from(p, CONTROL_CHARACTER);
      }
      return text;
    }
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type.isRecord() && type.getName().startsWith("nl.toeslagen.");
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    PushbackInputStream in = new PushbackInputStream(new Limited(entityStream), 1);
    int first = in.read();
    if (first < 0) {
      throw new ValidationException(
          "body", "Het verzoek heeft geen inhoud.", "The request has no body.");
    }
    in.unread(first);
    try {
      return read(type, in);
    } catch (TooLarge e) {
      drain(entityStream);
      throw new BodyTooLargeException();
    }
  }

  /**
   * Reads and discards the rest of a too large body (up to {@link #MAX_DRAIN_BYTES}) so that the
   * client, still sending, receives the 413 instead of a broken connection.
   */
  private static void drain(InputStream in) {
    try {
      long left = MAX_DRAIN_BYTES;
      byte[] buffer = new byte[8192];
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // the client went away: nothing to answer
    }
  }

  /** Binds JSON to {@code type}; any binding error as a {@link ValidationException}. */
  static <T> T read(Class<T> type, InputStream in) throws IOException {
    try {
      return MAPPER.readValue(in, type);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof TooLarge t) {
        throw t;
      }
      throw binding(e);
    } catch (StreamReadException e) {
      throw syntax(e);
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
      // a limit of the reader (nesting depth, length of a number or text) reached outside the
      // binding, e.g. while skipping the value of an unknown field
      throw limit(e);
    }
  }

  static ValidationException limit(com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.contains("nesting depth")) {
      return new ValidationException(
          "body", "De gegevens zijn te diep genest.", "The data is nested too deeply.");
    }
    if (message.contains("Number value length")) {
      return new ValidationException(
          "body", "Een getal in het verzoek is te groot.", "A number in the request is too large.");
    }
    return new ValidationException(
        "body",
        "Het verzoek overschrijdt een grens van de invoer.",
        "The request exceeds a limit of the input.");
  }

  static ValidationException binding(JsonMappingException e) {
    String field = path(e.getPath());
    java.util.regex.Matcher duplicate =
        DUPLICATE.matcher(e.getOriginalMessage() == null ? "" : e.getOriginalMessage());
    if (duplicate.find()) {
      String name = (field.isEmpty() ? "" : field + ".") + duplicate.group(1);
      return new ValidationException(
          name,
          "Veld '" + name + "' komt meer dan eens voor.",
          "Field '" + name + "' occurs more than once.");
    }
    String label = field.isEmpty() ? "body" : field;
    if (CONTROL_CHARACTER.equals(e.getOriginalMessage())) {
      return new ValidationException(
          label,
          "Veld '" + label + "' bevat een onzichtbaar stuurteken (zoals NUL); haal het weg.",
          "Field '"
              + label
              + "' contains an invisible control character (such as NUL); remove it.");
    }
    if (e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException
        || String.valueOf(e.getOriginalMessage()).contains("out of range")) {
      return new ValidationException(
          label,
          "Veld '" + label + "' is een te groot getal.",
          "Field '" + label + "' is a number that is too large.");
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new ValidationException(
          label,
          "Veld '" + label + "' is onbekend; toegestaan: " + known(u.getKnownPropertyIds()) + ".",
          "Field '" + label + "' is unknown; allowed: " + known(u.getKnownPropertyIds()) + ".");
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      Class<?> target = m.getTargetType();
      if (target.isEnum()) {
        String allowed =
            Arrays.stream(target.getEnumConstants())
                .map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", "));
        return new ValidationException(
            label,
            "Veld '" + label + "' heeft een onbekende waarde; toegestaan: " + allowed + ".",
            "Field '" + label + "' has an unknown value; allowed: " + allowed + ".");
      }
      if (e instanceof InvalidFormatException && target == LocalDate.class) {
        return new ValidationException(
            label,
            "Veld '" + label + "' is geen geldige datum (jjjj-mm-dd).",
            "Field '" + label + "' is not a valid date (yyyy-mm-dd).");
      }
      if (e instanceof InvalidFormatException && target == LocalDateTime.class) {
        return new ValidationException(
            label,
            "Veld '" + label + "' is geen geldige datum en tijd (jjjj-mm-ddTuu:mm).",
            "Field '" + label + "' is not a valid date and time (yyyy-mm-ddThh:mm).");
      }
      String[] kind = kind(target);
      return new ValidationException(
          label,
          "Veld '" + label + "' moet " + kind[0] + " zijn.",
          "Field '" + label + "' must be " + kind[1] + ".");
    }
    return new ValidationException(
        label,
        "Veld '" + label + "' heeft niet de verwachte vorm.",
        "Field '" + label + "' does not have the expected shape.");
  }

  static ValidationException syntax(StreamReadException e) {
    String field = "body";
    JsonParser p = e.getProcessor();
    if (p != null) {
      String at = path(p.getParsingContext());
      field = at.isEmpty() ? "body" : at;
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("Duplicate field")) {
      return new ValidationException(
          field,
          "Veld '" + field + "' komt meer dan eens voor.",
          "Field '" + field + "' occurs more than once.");
    }
    if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException
        || message.contains("Number value length")) {
      return new ValidationException(
          field,
          "Veld '" + field + "' is een te groot getal.",
          "Field '" + field + "' is a number that is too large.");
    }
    if (message.contains("nesting depth")) {
      return new ValidationException(
          "body", "De gegevens zijn te diep genest.", "The data is nested too deeply.");
    }
    return new ValidationException(
        field,
        "De gegevens zijn geen geldige JSON (bij '" + field + "').",
        "The body is not valid JSON (at '" + field + "').");
  }

  private static String[] kind(Class<?> target) {
    if (target == String.class) {
      return new String[] {"tekst (tussen aanhalingstekens)", "text (in quotes)"};
    }
    if (target == Boolean.class || target == boolean.class) {
      return new String[] {"true of false", "true or false"};
    }
    if (target == Integer.class
        || target == int.class
        || target == Long.class
        || target == long.class) {
      return new String[] {"een geheel getal", "a whole number"};
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return new String[] {"een lijst", "a list"};
    }
    if (target == LocalDate.class) {
      return new String[] {"een datum (jjjj-mm-dd)", "a date (yyyy-mm-dd)"};
    }
    if (target == LocalDateTime.class) {
      return new String[] {
        "een datum en tijd (jjjj-mm-ddTuu:mm)", "a date and time (yyyy-mm-ddThh:mm)"
      };
    }
    return new String[] {"een object", "an object"};
  }

  /** {@code contestedDecision.date}, {@code grounds[1]}, {@code answers[0].reasons}. */
  static String path(List<JsonMappingException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  static String path(JsonStreamContext context) {
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.getCurrentName() != null) {
        parts.addFirst("." + c.getCurrentName());
      } else if (c.inArray()) {
        parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      }
    }
    String joined = String.join("", parts);
    return joined.startsWith(".") ? joined.substring(1) : joined;
  }

  private static String known(Collection<Object> ids) {
    return ids == null
        ? ""
        : ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
  }

  /** Thrown when the body passes {@link #MAX_BODY_BYTES}. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("request body too large");
    }
  }

  /** Counts the bytes read and stops at the limit. */
  static final class Limited extends FilterInputStream {
    private long count;

    Limited(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      count += n;
      if (count > MAX_BODY_BYTES) {
        throw new TooLarge();
      }
    }
  }
}
