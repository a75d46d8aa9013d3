package nl.toeslagen.riskselection.application;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import nl.toeslagen.kernel.Bsn;

/**
 * Synthetic households for selection runs and bias tests: realistic-looking benefit cases with the
 * features selection rules may read and, apart from them, the protected attributes the bias monitor
 * compares (never rule inputs). Seeded, so a seed always gives the same households.
 *
 * <p>The protected attributes ({@link Household#monitoring()}):
 *
 * <ul>
 *   <li>{@code nationaliteit}: the registered nationality ({@code "NL"}, {@code "TR"}, {@code
 *       "MA"}, {@code "SR"}, {@code "PL"}, {@code "SY"}, {@code "DE"}, {@code "GB"}, {@code "ER"},
 *       {@code "BG"}, {@code "IN"}); a Dutch national with a second nationality is {@code "NL"} (as
 *       in the population register, Dutch nationality takes precedence);
 *   <li>{@code dubbele_nationaliteit}: {@code "ja"} for a Dutch national who also has another
 *       nationality, else {@code "nee"};
 *   <li>{@code geboorteland}: the country of birth (a country code as above);
 *   <li>{@code etniciteit}: not an ethnicity, which the agency does not register and this generator
 *       does not invent, but a CBS-like proxy: {@code "migratieachtergrond"} when the person or a
 *       parent was born abroad (every foreign national here, and a share of Dutch nationals: the
 *       dual nationals and the second generation), else {@code "geen migratieachtergrond"}.
 * </ul>
 *
 * <p>Proxies: with probability {@link Settings#proxyCorrelation()} the home language ({@code taal})
 * is the language of the household's nationality (NL and SR: {@code nl}, TR: {@code tr}, MA and SY:
 * {@code ar}, PL: {@code pl}, ...), and, separately, with the same probability the postcode is
 * drawn from a few postcode areas where that group is concentrated (for NL: from the whole
 * country); otherwise each is drawn from the overall distribution, independent of the household
 * (the language or postcode of a nationality drawn at random). The marginal distributions are the
 * same for every correlation; only the dependence changes. {@code adres_buitenland_gehad} (ever had
 * an address abroad) is true far more often for households with a migration background, whatever
 * the correlation: that is the historic HR60 rule that discriminated indirectly, kept here so a
 * rule set using it shows up in the bias report.
 *
 * <p>Family names are drawn from one list for everybody, deliberately not linked to the background,
 * so the name is no proxy here (real names are). BSNs pass the elfproef and are unique within one
 * generation, but are random: they are not reserved test numbers and may coincide with a real
 * person's number, so never use them outside test environments.
 */
public final class SyntheticHouseholds {

  /** The benefit types. */
  public static final List<String> BENEFIT_TYPES =
      List.of("ZORGTOESLAG", "HUURTOESLAG", "KINDEROPVANGTOESLAG", "KINDGEBONDEN_BUDGET");

  private static final double[] BENEFIT_SHARES = {0.60, 0.20, 0.07, 0.13};

  /** The feature names, in the fixed order of {@link Household#features()} and the CSV. */
  public static final List<String> FEATURES =
      List.of(
          "toeslag",
          "inkomenswijziging_pct",
          "huishoudwijziging",
          "uren_kinderopvang",
          "hoogte_voorschot",
          "aantal_wijzigingen_jaar",
          "leeftijd",
          "postcode",
          "taal",
          "adres_buitenland_gehad",
          "naam");

  /** The protected attributes, in the fixed order of {@link Household#monitoring()}. */
  public static final List<String> MONITORING =
      List.of("nationaliteit", "dubbele_nationaliteit", "geboorteland", "etniciteit");

  /** The value of {@code etniciteit} for a person or parent born abroad. */
  public static final String MIGRATION_BACKGROUND = "migratieachtergrond";

  /** The value of {@code etniciteit} otherwise. */
  public static final String NO_MIGRATION_BACKGROUND = "geen migratieachtergrond";

  private static final String[] NATIONALITIES = {
    "NL", "TR", "MA", "SR", "PL", "SY", "DE", "GB", "ER", "BG", "IN"
  };
  private static final double[] NATIONALITY_SHARES = {
    0.77, 0.045, 0.045, 0.03, 0.03, 0.02, 0.015, 0.01, 0.01, 0.015, 0.01
  };
  private static final Map<String, String> LANGUAGES =
      Map.ofEntries(
          Map.entry("NL", "nl"),
          Map.entry("TR", "tr"),
          Map.entry("MA", "ar"),
          Map.entry("SR", "nl"),
          Map.entry("PL", "pl"),
          Map.entry("SY", "ar"),
          Map.entry("DE", "de"),
          Map.entry("GB", "en"),
          Map.entry("ER", "ti"),
          Map.entry("BG", "bg"),
          Map.entry("IN", "hi"));

  /** Postcode areas where a group is concentrated (illustrative, not statistics). */
  private static final Map<String, String[]> POSTCODE_AREAS =
      Map.ofEntries(
          Map.entry("TR", new String[] {"1055", "1061", "1063", "3025", "3081", "2526", "3521"}),
          Map.entry("MA", new String[] {"1064", "1068", "2525", "3028", "3532", "1102"}),
          Map.entry("SR", new String[] {"1102", "1103", "1104", "2532", "3077"}),
          Map.entry("PL", new String[] {"2681", "2671", "5912", "3089", "2691"}),
          Map.entry("SY", new String[] {"5621", "6512", "7522", "9731", "3822"}),
          Map.entry("DE", new String[] {"6211", "6221", "7511", "6522"}),
          Map.entry("GB", new String[] {"1017", "2511", "1071"}),
          Map.entry("ER", new String[] {"1102", "7523", "6541"}),
          Map.entry("BG", new String[] {"2681", "5913", "3083"}),
          Map.entry("IN", new String[] {"1183", "5611", "2595"}));

  private static final String[] NAMES = {
    "Jansen",
    "de Vries",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
    "de Wit",
    "Dijkstra",
    "Smits",
    "de Graaf",
    "van der Meer",
    "van der Linden",
    "Kok",
    "Jacobs",
    "de Haan",
    "Vermeulen",
    "van den Heuvel",
    "van der Veen",
    "van den Broek"
  };

  /**
   * The share of Dutch nationals with a migration background (dual nationals, second generation).
   */
  private static final double DUTCH_WITH_BACKGROUND = 0.12;

  private SyntheticHouseholds() {}

  /**
   * What to generate.
   *
   * @param count the number of households, zero or more
   * @param seed the seed: the same settings always give the same households
   * @param proxyCorrelation in [0, 1]: the probability that {@code taal} and (separately) {@code
   *     postcode} follow the household's nationality instead of being drawn independently
   */
  public record Settings(int count, long seed, double proxyCorrelation) {

    public Settings {
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative");
      }
      if (!(proxyCorrelation >= 0 && proxyCorrelation <= 1)) {
        throw new IllegalArgumentException("proxyCorrelation must be between 0 and 1");
      }
    }
  }

  /**
   * One synthetic household; all values are strings.
   *
   * @param caseRef {@code H-000001}, {@code H-000002}, ...
   * @param bsn a valid, unique nine-digit BSN
   * @param benefitType one of {@link #BENEFIT_TYPES}
   * @param features the rule inputs, named as in {@link #FEATURES} (numbers as plain integers,
   *     booleans as {@code "true"}/{@code "false"}); copied, in that order
   * @param monitoring the protected attributes, named as in {@link #MONITORING}; copied, in that
   *     order; never a rule input
   */
  public record Household(
      String caseRef,
      String bsn,
      String benefitType,
      Map<String, String> features,
      Map<String, String> monitoring) {

    public Household {
      Objects.requireNonNull(caseRef, "caseRef");
      Objects.requireNonNull(bsn, "bsn");
      Objects.requireNonNull(benefitType, "benefitType");
      features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
      monitoring = Collections.unmodifiableMap(new LinkedHashMap<>(monitoring));
    }
  }

  /** The home language of a nationality, e.g. {@code "tr"} for {@code "TR"}. */
  public static String languageOf(String nationality) {
    String language = LANGUAGES.get(nationality);
    if (language == null) {
      throw new IllegalArgumentException("unknown nationality: " + nationality);
    }
    return language;
  }

  /** The households for {@code settings}. */
  public static List<Household> generate(Settings settings) {
    SplittableRandom random = new SplittableRandom(settings.seed());
    Set<String> bsns = new HashSet<>();
    List<Household> households = new ArrayList<>(settings.count());
    for (int i = 1; i <= settings.count(); i++) {
      households.add(household(i, random, bsns, settings.proxyCorrelation()));
    }
    return households;
  }

  private static Household household(
      int number, SplittableRandom random, Set<String> bsns, double correlation) {
    String bsn = uniqueBsn(random, bsns);
    String benefit = BENEFIT_TYPES.get(pick(random, BENEFIT_SHARES));
    boolean children =
        benefit.equals("KINDEROPVANGTOESLAG") || benefit.equals("KINDGEBONDEN_BUDGET");

    String nationality = NATIONALITIES[pick(random, NATIONALITY_SHARES)];
    String origin = nationality;
    String dual = "nee";
    String birthCountry;
    if (nationality.equals("NL")) {
      if (random.nextDouble() < DUTCH_WITH_BACKGROUND) {
        origin = NATIONALITIES[1 + pick(random, NATIONALITY_SHARES, 1)];
        dual = random.nextDouble() < 0.5 ? "ja" : "nee";
        birthCountry = random.nextDouble() < 0.4 ? origin : "NL";
      } else {
        birthCountry = "NL";
      }
    } else {
      birthCountry = random.nextDouble() < 0.85 ? nationality : "NL";
    }
    boolean background = !origin.equals("NL");

    String language =
        random.nextDouble() < correlation
            ? languageOf(nationality)
            : languageOf(NATIONALITIES[pick(random, NATIONALITY_SHARES)]);
    String postcode =
        random.nextDouble() < correlation
            ? postcodeOf(nationality, random)
            : postcodeOf(NATIONALITIES[pick(random, NATIONALITY_SHARES)], random);
    boolean addressAbroad = random.nextDouble() < (background ? 0.45 : 0.04);

    Map<String, String> features = new LinkedHashMap<>();
    features.put("toeslag", benefit);
    features.put("inkomenswijziging_pct", Integer.toString(incomeChange(random)));
    features.put("huishoudwijziging", Boolean.toString(random.nextDouble() < 0.12));
    features.put(
        "uren_kinderopvang",
        Integer.toString(benefit.equals("KINDEROPVANGTOESLAG") ? 20 + random.nextInt(211) : 0));
    features.put("hoogte_voorschot", Integer.toString(advance(benefit, random)));
    features.put("aantal_wijzigingen_jaar", Integer.toString(changes(random)));
    features.put(
        "leeftijd", Integer.toString(children ? 21 + random.nextInt(30) : 18 + random.nextInt(73)));
    features.put("postcode", postcode);
    features.put("taal", language);
    features.put("adres_buitenland_gehad", Boolean.toString(addressAbroad));
    features.put("naam", NAMES[random.nextInt(NAMES.length)]);

    Map<String, String> monitoring = new LinkedHashMap<>();
    monitoring.put("nationaliteit", nationality);
    monitoring.put("dubbele_nationaliteit", dual);
    monitoring.put("geboorteland", birthCountry);
    monitoring.put("etniciteit", background ? MIGRATION_BACKGROUND : NO_MIGRATION_BACKGROUND);

    return new Household(
        String.format(Locale.ROOT, "H-%06d", number), bsn, benefit, features, monitoring);
  }

  /** Nine digits passing the elfproef, not yet in {@code used}. */
  private static String uniqueBsn(SplittableRandom random, Set<String> used) {
    while (true) {
      int[] d = new int[9];
      d[0] = 1 + random.nextInt(9);
      int sum = d[0] * 9;
      for (int i = 1; i < 8; i++) {
        d[i] = random.nextInt(10);
        sum += d[i] * (9 - i);
      }
      d[8] = sum % 11;
      if (d[8] == 10) {
        continue;
      }
      StringBuilder bsn = new StringBuilder(9);
      for (int digit : d) {
        bsn.append(digit);
      }
      String candidate = bsn.toString();
      if (Bsn.isValid(candidate) && used.add(candidate)) {
        return candidate;
      }
    }
  }

  private static String postcodeOf(String nationality, SplittableRandom random) {
    String[] areas = POSTCODE_AREAS.get(nationality);
    if (areas == null) {
      return Integer.toString(1000 + random.nextInt(9000));
    }
    return areas[random.nextInt(areas.length)];
  }

  /** Percent change of income: mostly small, sometimes large, within -60..200. */
  private static int incomeChange(SplittableRandom random) {
    double u = random.nextDouble();
    double change;
    if (u < 0.80) {
      change = random.nextGaussian() * 6;
    } else if (u < 0.95) {
      change = random.nextGaussian() * 35;
    } else {
      change = -60 + random.nextInt(261);
    }
    return (int) Math.max(-60, Math.min(200, Math.round(change)));
  }

  /** The monthly advance in euros, by benefit. */
  private static int advance(String benefit, SplittableRandom random) {
    return switch (benefit) {
      case "ZORGTOESLAG" -> 20 + random.nextInt(141);
      case "HUURTOESLAG" -> 40 + random.nextInt(441);
      case "KINDGEBONDEN_BUDGET" -> 25 + random.nextInt(456);
      default -> 250 + random.nextInt(2251);
    };
  }

  /** Changes reported this year: 0..12, mostly few. */
  private static int changes(SplittableRandom random) {
    int n = 0;
    while (n < 12 && random.nextDouble() < 0.45) {
      n++;
    }
    return n;
  }

  private static int pick(SplittableRandom random, double[] shares) {
    return pick(random, shares, 0);
  }

  /** An index of {@code shares} from {@code from} on, drawn in proportion to the shares. */
  private static int pick(SplittableRandom random, double[] shares, int from) {
    double total = 0;
    for (int i = from; i < shares.length; i++) {
      total += shares[i];
    }
    double u = random.nextDouble() * total;
    for (int i = from; i < shares.length; i++) {
      u -= shares[i];
      if (u < 0) {
        return i - from;
      }
    }
    return shares.length - 1 - from;
  }

  /** The CSV header: the identifiers, the features and the protected attributes. */
  public static String csvHeader() {
    List<String> columns = new ArrayList<>(List.of("caseRef", "bsn", "benefitType"));
    columns.addAll(FEATURES);
    MONITORING.forEach(m -> columns.add("monitoring." + m));
    return String.join(",", columns);
  }

  /**
   * The households as CSV: {@link #csvHeader()} and one line per household, lines ending in {@code
   * \n}. Values hold no commas, quotes or line breaks, so nothing is quoted.
   */
  public static String toCsv(List<Household> households) {
    StringBuilder csv = new StringBuilder(csvHeader()).append('\n');
    for (Household h : households) {
      List<String> values = new ArrayList<>(List.of(h.caseRef(), h.bsn(), h.benefitType()));
      FEATURES.forEach(f -> values.add(h.features().getOrDefault(f, "")));
      MONITORING.forEach(m -> values.add(h.monitoring().getOrDefault(m, "")));
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i);
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0) {
          throw new IllegalArgumentException("a CSV value holds a comma, quote or line break");
        }
        csv.append(i == 0 ? "" : ",").append(value);
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /**
   * Reads CSV as written by {@link #toCsv(List)}: the header names the columns; {@code
   * monitoring.}-prefixed columns are protected attributes, the others after {@code benefitType}
   * features.
   *
   * @throws IllegalArgumentException when the header lacks {@code caseRef}, {@code bsn} or {@code
   *     benefitType}, or a line has another number of values than the header
   */
  public static List<Household> fromCsv(String csv) {
    List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      return List.of();
    }
    String[] header = lines.get(0).split(",", -1);
    List<String> columns = List.of(header);
    int caseRef = columns.indexOf("caseRef");
    int bsn = columns.indexOf("bsn");
    int benefitType = columns.indexOf("benefitType");
    if (caseRef < 0 || bsn < 0 || benefitType < 0) {
      throw new IllegalArgumentException("the header must name caseRef, bsn and benefitType");
    }
    List<Household> households = new ArrayList<>(lines.size() - 1);
    for (int n = 1; n < lines.size(); n++) {
      String[] values = lines.get(n).split(",", -1);
      if (values.length != header.length) {
        throw new IllegalArgumentException("line " + (n + 1) + " does not match the header");
      }
      Map<String, String> features = new LinkedHashMap<>();
      Map<String, String> monitoring = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        if (i == caseRef || i == bsn || i == benefitType) {
          continue;
        }
        if (header[i].startsWith("monitoring.")) {
          monitoring.put(header[i].substring("monitoring.".length()), values[i]);
        } else {
          features.put(header[i], values[i]);
        }
      }
      households.add(
          new Household(values[caseRef], values[bsn], values[benefitType], features, monitoring));
    }
    return households;
  }

  /**
   * The households as a JSON array of {@code
   * {"caseRef":..,"bsn":..,"benefitType":..,"features":{..},"monitoring":{..}}}, one object per
   * line.
   */
  public static String toJson(List<Household> households) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < households.size(); i++) {
      Household h = households.get(i);
      json.append(i == 0 ? "\n" : ",\n")
          .append("{\"caseRef\":")
          .append(quote(h.caseRef()))
          .append(",\"bsn\":")
          .append(quote(h.bsn()))
          .append(",\"benefitType\":")
          .append(quote(h.benefitType()))
          .append(",\"features\":");
      object(json, h.features());
      json.append(",\"monitoring\":");
      object(json, h.monitoring());
      json.append('}');
    }
    return json.append(households.isEmpty() ? "]\n" : "\n]\n").toString();
  }

  private static void object(StringBuilder json, Map<String, String> values) {
    json.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : values.entrySet()) {
      json.append(first ? "" : ",")
          .append(quote(e.getKey()))
          .append(':')
          .append(quote(e.getValue()));
      first = false;
    }
    json.append('}');
  }

  /** A JSON string: quotes, backslashes and control characters escaped. */
  static String quote(String value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /**
   * Prints households to standard output: {@code --count N} (default 1000), {@code --seed S}
   * (default 42), {@code --correlation C} (default 0), {@code --format csv|json} (default csv).
   * Exits with 2 on wrong arguments.
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** {@link #main} without exiting: 0 when printed, 2 on wrong arguments (usage on {@code err}). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    int count = 1000;
    long seed = 42;
    double correlation = 0;
    String format = "csv";
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--count" -> count = Integer.parseInt(required(args[i], value));
          case "--seed" -> seed = Long.parseLong(required(args[i], value));
          case "--correlation" -> correlation = Double.parseDouble(required(args[i], value));
          case "--format" -> format = required(args[i], value);
          case "--help", "-h" -> {
            out.println(usage());
            return 0;
          }
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
        i++;
      }
      if (!format.equals("csv") && !format.equals("json")) {
        throw new IllegalArgumentException("--format must be csv or json");
      }
      List<Household> households = generate(new Settings(count, seed, correlation));
      out.print(format.equals("csv") ? toCsv(households) : toJson(households));
      out.flush();
      return 0;
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(usage());
      return 2;
    }
  }

  private static String required(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static String usage() {
    return "usage: synthetic-households [--count N] [--seed S] [--correlation 0..1]"
        + " [--format csv|json]";
  }
}
