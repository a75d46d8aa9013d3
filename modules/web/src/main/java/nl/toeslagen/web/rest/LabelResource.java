package nl.toeslagen.web.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.toeslagen.kernel.RoleNames;
import nl.toeslagen.kernel.Vocabulary;
import nl.toeslagen.kernel.VocabularySet;

/**
 * Every code the UI shows with its Dutch label (and English where the domain has one), per context
 * and vocabulary, collected from the {@link VocabularySet} every context provides. It describes
 * codes, not citizens or cases, so reading it is not audited (as {@code GET /api/policies} is not).
 */
@Path("labels")
@Produces(MediaType.APPLICATION_JSON)
public class LabelResource {

  @Inject @Any Instance<VocabularySet> sets;

  @GET
  @RolesAllowed({
    RoleNames.BEHANDELAAR,
    RoleNames.VAKTECHNIEK,
    RoleNames.TOEZICHT,
    RoleNames.PRIVACY,
    RoleNames.TEAMLEIDER,
    RoleNames.INSPECTIE,
    RoleNames.BEHEER
  })
  public JsonObject labels() {
    return labels(sets);
  }

  /**
   * {@code {"contexts": {ctx: {nl, en}}, "vocabularies": {ctx: {name: {CODE: {nl, en?}}}}}}, the
   * contexts sorted by name, each vocabulary's codes in the domain's order.
   */
  static JsonObject labels(Iterable<? extends VocabularySet> all) {
    List<VocabularySet> sorted = new ArrayList<>();
    all.forEach(sorted::add);
    sorted.sort(Comparator.comparing(VocabularySet::context));
    JsonObjectBuilder contexts = Json.createObjectBuilder();
    JsonObjectBuilder vocabularies = Json.createObjectBuilder();
    for (VocabularySet set : sorted) {
      contexts.add(
          set.context(),
          Json.createObjectBuilder().add("nl", set.contextNl()).add("en", set.contextEn()));
      JsonObjectBuilder ofContext = Json.createObjectBuilder();
      for (Vocabulary vocabulary : set.vocabularies()) {
        JsonObjectBuilder codes = Json.createObjectBuilder();
        for (Map.Entry<String, Vocabulary.Label> e : vocabulary.labels().entrySet()) {
          JsonObjectBuilder label = Json.createObjectBuilder().add("nl", e.getValue().nl());
          if (e.getValue().en() != null) {
            label.add("en", e.getValue().en());
          }
          codes.add(e.getKey(), label);
        }
        ofContext.add(vocabulary.name(), codes);
      }
      vocabularies.add(set.context(), ofContext);
    }
    return Json.createObjectBuilder()
        .add("contexts", contexts)
        .add("vocabularies", vocabularies)
        .build();
  }
}
