package nl.toeslagen.riskselection.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.toeslagen.kernel.ConflictException;
import nl.toeslagen.kernel.LegalReference;
import nl.toeslagen.kernel.NotFoundException;
import nl.toeslagen.riskselection.application.RiskSelectionCommands.RegisterRuleSet;
import nl.toeslagen.riskselection.application.RiskSelectionViews.RuleSetRegistered;
import nl.toeslagen.riskselection.domain.FeatureCatalogue;
import nl.toeslagen.riskselection.domain.Indicator;
import nl.toeslagen.riskselection.domain.PurposeAndLegalBasisPolicy;
import nl.toeslagen.riskselection.domain.RuleSet;
import nl.toeslagen.riskselection.domain.RuleSetId;
import nl.toeslagen.riskselection.domain.RuleSetRepository;
import nl.toeslagen.usecase.api.UnitOfWork;
import nl.toeslagen.workflow.api.DecisionTables;

/**
 * Registers a rule set (or the next version of one) as a draft: its indicators become a DMN
 * decision table, and the safeguards are checked on what that table reads.
 */
@ApplicationScoped
@Transactional
public class RegisterRuleSetHandler {

  @Inject UnitOfWork work;
  @Inject RuleSetRepository ruleSets;
  @Inject FeatureCatalogueService catalogues;
  @Inject DecisionTables tables;

  public RuleSetRegistered handle(RegisterRuleSet cmd) {
    FeatureCatalogue catalogue = catalogues.current();
    RuleSet predecessor =
        cmd.predecessorId() == null || cmd.predecessorId().isBlank()
            ? null
            : ruleSets
                .find(RuleSetId.ofPath(cmd.predecessorId()))
                .orElseThrow(
                    () -> new NotFoundException(RuleSetId.OBJECT_TYPE, cmd.predecessorId()));
    // purpose and basis first: refused before anything is built, audited by the web layer
    PurposeAndLegalBasisPolicy required = new PurposeAndLegalBasisPolicy();
    required.purpose(cmd.purpose()).enforceAsInvalid("purpose");
    required.legalBasis(cmd.legalBasis()).enforceAsInvalid("legalBasis");
    LegalReference basis = LegalReference.parse(cmd.legalBasis());
    String wanted = cmd.name().strip();
    java.util.OptionalInt latest = ruleSets.latestVersion(wanted);
    if (predecessor == null && latest.isPresent()) {
      throw new ConflictException(
          "Er bestaat al een regelset '"
              + wanted
              + "'. Maak vanaf de laatste versie een nieuwe versie.",
          "A rule set '"
              + wanted
              + "' already exists. Make a new version from its latest version.");
    }
    if (predecessor != null && latest.isPresent() && latest.getAsInt() > predecessor.version()) {
      throw new ConflictException(
          "Van deze regelset bestaat al versie "
              + latest.getAsInt()
              + "; maak de nieuwe versie vanaf die.",
          "Version "
              + latest.getAsInt()
              + " of this rule set already exists; start from that one.");
    }
    List<Indicator> indicators = RiskSelectionCase.indicators(cmd.indicators());
    int version = predecessor == null ? 1 : predecessor.version() + 1;
    String name = cmd.name().strip();
    String xml = tables.collectSum(RiskSelectionCase.table(name, version, indicators, catalogue));
    // what the rule set uses is read back from its table, never taken from the request
    List<String> inputs =
        tables.read(xml).inputs().stream().map(DecisionTables.Input::expression).toList();
    RuleSet.Draft draft =
        new RuleSet.Draft(
            name,
            cmd.purpose().strip(),
            basis,
            cmd.threshold(),
            indicators,
            cmd.features(),
            cmd.proxyJustification() == null || cmd.proxyJustification().isBlank()
                ? null
                : cmd.proxyJustification().strip(),
            xml,
            inputs);
    return work.create(
        RiskSelectionCase.kind(ruleSets),
        change -> {
          RuleSet ruleSet =
              RuleSet.register(
                  RuleSetId.generate(),
                  draft,
                  predecessor,
                  catalogue,
                  change.actor(),
                  change.now());
          change.audit(
              "RULE_SET_REGISTERED",
              ruleSet.legalBasis(),
              "Regelset '"
                  + ruleSet.name()
                  + "' versie "
                  + ruleSet.version()
                  + " geregistreerd als concept; kenmerken "
                  + ruleSet.featuresUsed()
                  + ", drempel "
                  + ruleSet.threshold(),
              "Rule set '"
                  + ruleSet.name()
                  + "' version "
                  + ruleSet.version()
                  + " registered as draft; features "
                  + ruleSet.featuresUsed()
                  + ", threshold "
                  + ruleSet.threshold());
          return ruleSet;
        },
        r -> new RuleSetRegistered(r.id().value(), r.name(), r.version(), r.status().name()));
  }
}
