package nl.toeslagen.riskselection.domain;

import static nl.toeslagen.riskselection.domain.FeatureClassification.ALLOWED;
import static nl.toeslagen.riskselection.domain.FeatureClassification.PROHIBITED;
import static nl.toeslagen.riskselection.domain.FeatureClassification.PROXY_SUSPECT;
import static nl.toeslagen.riskselection.domain.FeatureType.BOOLEAN;
import static nl.toeslagen.riskselection.domain.FeatureType.NUMBER;
import static nl.toeslagen.riskselection.domain.FeatureType.TEXT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every attribute a selection rule may refer to. The standard catalogue is defined here, in code,
 * with its reasons; an approved classification change (four eyes, {@link ClassificationChange})
 * overrides one feature's classification. A rule can refer to nothing outside the catalogue.
 */
public final class FeatureCatalogue {

  private static final String AP_2021 =
      "Autoriteit Persoonsgegevens, boete van EUR 2,75 miljoen (2021) voor het gebruik van"
          + " (dubbele) nationaliteit";

  private static final List<SelectionFeature> STANDARD =
      List.of(
          // protected grounds: never usable, kept only for bias monitoring
          prohibited(
              "nationaliteit",
              "Nationaliteit",
              "De nationaliteit of nationaliteiten van de aanvrager.",
              "BRP",
              "Beschermde grond (Grondwet art. 1, AVG art. 9). " + AP_2021 + "."),
          prohibited(
              "dubbele_nationaliteit",
              "Dubbele nationaliteit",
              "Of de aanvrager naast de Nederlandse nog een nationaliteit heeft.",
              "BRP",
              "Beschermde grond; " + AP_2021 + "."),
          prohibited(
              "geboorteland",
              "Geboorteland",
              "Het land waar de aanvrager is geboren.",
              "BRP",
              "Afkomst is een beschermde grond (Grondwet art. 1, Awgb art. 1)."),
          prohibited(
              "etniciteit",
              "Etniciteit of migratieachtergrond",
              "Of de aanvrager een migratieachtergrond heeft (CBS-definitie).",
              "CBS (alleen voor monitoring)",
              "Ras en etnische afkomst zijn beschermde gronden (Grondwet art. 1, AVG art. 9)."),
          // suspected proxies: usable only with justification, bias test and privacy approval
          proxy(
              "adres_buitenland_gehad",
              "Ooit een adres in het buitenland",
              "Of de aanvrager ooit een adres buiten Nederland heeft gehad.",
              "BRP",
              BOOLEAN,
              "Regel uit het HR60-model die indirect onderscheid naar nationaliteit maakte."),
          proxy(
              "taal",
              "Voorkeurstaal",
              "De taal waarin de aanvrager contact heeft met Dienst Toeslagen.",
              "Contactgegevens",
              TEXT,
              "Taal hangt samen met afkomst en nationaliteit."),
          proxy(
              "postcode",
              "Postcode (cijfers)",
              "De vier cijfers van de postcode van het woonadres.",
              "BRP",
              TEXT,
              "Woonwijk hangt samen met afkomst en inkomen."),
          proxy(
              "naam",
              "Achternaam",
              "De achternaam van de aanvrager.",
              "BRP",
              TEXT,
              "Een naam verraadt vaak afkomst."),
          proxy(
              "leeftijd",
              "Leeftijd",
              "De leeftijd van de aanvrager in jaren.",
              "BRP",
              NUMBER,
              "Leeftijd is een beschermde grond (Wet gelijke behandeling op grond van leeftijd)."),
          // ordinary facts of the benefit
          allowed(
              "toeslag",
              "Soort toeslag",
              "ZORGTOESLAG, HUURTOESLAG, KINDEROPVANGTOESLAG of KINDGEBONDEN_BUDGET.",
              "Aanvraag",
              TEXT),
          allowed(
              "inkomenswijziging_pct",
              "Inkomenswijziging (%)",
              "Hoeveel procent het opgegeven inkomen dit jaar is veranderd.",
              "Aanvraag en wijzigingen",
              NUMBER),
          allowed(
              "huishoudwijziging",
              "Huishouden gewijzigd",
              "Of de samenstelling van het huishouden dit jaar is gewijzigd.",
              "Wijzigingen",
              BOOLEAN),
          allowed(
              "uren_kinderopvang",
              "Uren kinderopvang per maand",
              "Het aantal opgegeven uren kinderopvang per maand.",
              "Aanvraag kinderopvangtoeslag",
              NUMBER),
          allowed(
              "hoogte_voorschot",
              "Hoogte voorschot (euro per maand)",
              "Het voorschot dat maandelijks wordt betaald, in hele euro's.",
              "Voorschotberekening",
              NUMBER),
          allowed(
              "aantal_wijzigingen_jaar",
              "Aantal wijzigingen dit jaar",
              "Hoe vaak de aanvrager dit jaar een wijziging heeft doorgegeven.",
              "Wijzigingen",
              NUMBER));

  private final Map<String, SelectionFeature> byCode;

  private FeatureCatalogue(List<SelectionFeature> features) {
    Map<String, SelectionFeature> map = new LinkedHashMap<>();
    features.forEach(f -> map.put(f.code(), f));
    this.byCode = map;
  }

  /** The catalogue as defined in code, without approved changes. */
  public static FeatureCatalogue standard() {
    return new FeatureCatalogue(STANDARD);
  }

  /**
   * The catalogue with approved classification changes applied, in the order they were approved
   * (feature code to classification and reason).
   */
  public static FeatureCatalogue withChanges(List<ClassificationChange> approved) {
    Map<String, SelectionFeature> map = new LinkedHashMap<>();
    STANDARD.forEach(f -> map.put(f.code(), f));
    for (ClassificationChange change : approved) {
      SelectionFeature feature = map.get(change.feature());
      if (feature != null && !feature.protectedGround()) {
        map.put(feature.code(), feature.classifiedAs(change.to(), change.justification()));
      }
    }
    return new FeatureCatalogue(new ArrayList<>(map.values()));
  }

  public List<SelectionFeature> all() {
    return List.copyOf(byCode.values());
  }

  public Optional<SelectionFeature> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The codes of the protected grounds: the attributes the monitoring view holds. */
  public List<String> protectedGrounds() {
    return byCode.values().stream()
        .filter(SelectionFeature::protectedGround)
        .map(SelectionFeature::code)
        .toList();
  }

  private static SelectionFeature prohibited(
      String code, String label, String description, String source, String reason) {
    return new SelectionFeature(code, label, description, source, TEXT, PROHIBITED, true, reason);
  }

  private static SelectionFeature proxy(
      String code,
      String label,
      String description,
      String source,
      FeatureType type,
      String reason) {
    return new SelectionFeature(
        code, label, description, source, type, PROXY_SUSPECT, false, reason);
  }

  private static SelectionFeature allowed(
      String code, String label, String description, String source, FeatureType type) {
    return new SelectionFeature(
        code,
        label,
        description,
        source,
        type,
        ALLOWED,
        false,
        "Gewoon gegeven over de toeslag, zonder bekende samenhang met een beschermde grond.");
  }
}
