package nl.toeslagen.objections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.toeslagen.kernel.CaseId;
import nl.toeslagen.kernel.ValidationException;
import nl.toeslagen.objections.api.DecidedObjections;
import nl.toeslagen.objections.domain.CaseStep;
import nl.toeslagen.objections.domain.Objection;
import nl.toeslagen.objections.domain.ObjectionDecision;
import nl.toeslagen.objections.domain.ObjectionId;
import nl.toeslagen.objections.domain.ObjectionRepository;
import nl.toeslagen.objections.domain.Stage;

/**
 * Answers {@link DecidedObjections} from the objection repository: the drafters from the case's
 * {@code DRAFT} steps, the reviewers from its {@code REVIEW} steps (and {@link
 * Objection#reviewedBy()}), the decision's references. A text that is no UUID names no objection.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecidedObjectionsQuery implements DecidedObjections {

  @Inject ObjectionRepository repository;

  @Override
  public Optional<DecidedObjection> find(String objectionId) {
    ObjectionId id;
    try {
      id = new ObjectionId(CaseId.of(objectionId));
    } catch (ValidationException e) {
      return Optional.empty();
    }
    return repository.find(id).map(DecidedObjectionsQuery::of);
  }

  static DecidedObjection of(Objection o) {
    Set<String> drafted = new LinkedHashSet<>();
    Set<String> reviewed = new LinkedHashSet<>();
    String lastDrafter = null;
    for (CaseStep s : o.steps()) {
      if (s.kind() == CaseStep.Kind.DRAFT) {
        drafted.add(s.by());
        lastDrafter = s.by();
      } else if (s.kind() == CaseStep.Kind.REVIEW) {
        reviewed.add(s.by());
      }
    }
    if (o.reviewedBy() != null) {
      reviewed.add(o.reviewedBy());
    }
    ObjectionDecision d = o.decision();
    if (d != null && d.preparedBy() != null) {
      drafted.add(d.preparedBy());
      lastDrafter = d.preparedBy();
    }
    boolean decided = o.stage() == Stage.DECIDED;
    return new DecidedObjection(
        o.id().value(),
        o.caseNumber() == null ? null : o.caseNumber().toString(),
        decided,
        o.stage().name(),
        decided ? o.closedOn() : null,
        d == null ? null : d.outcome().name(),
        drafted,
        reviewed,
        d == null ? List.of() : d.legalReferences(),
        o.grounds(),
        lastDrafter);
  }
}
